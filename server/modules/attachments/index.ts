/** Photos and files attached to requests: checked by content, stored under DATA_DIR/media, served publicly. */
export { attachmentsRoutes } from "./attachments.routes.js";
export {
  MAX_UPLOAD_BYTES,
  mediaUrl,
  removeStored,
  type StoredFile,
  sniffImage,
  storeUpload,
} from "./attachments.storage.js";
