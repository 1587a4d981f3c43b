/** Photos and files attached to requests: checked by content, stored under DATA_DIR/media, served publicly. */

export { gpsEntries, jpegGpsEntries, stripLocation } from "./attachments.location.js";
export { attachmentsRoutes } from "./attachments.routes.js";
export {
  checkUpload,
  MAX_UPLOAD_BYTES,
  mediaUrl,
  readStored,
  removeStored,
  type StoredFile,
  sniffImage,
  storeUpload,
  type UploadRules,
} from "./attachments.storage.js";
