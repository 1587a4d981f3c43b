import { randomBytes } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { AppError } from "../../platform/errors.js";
import { stripLocation } from "./attachments.location.js";

/** The largest photo accepted, in bytes. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

const SIGNATURES: { type: string; ext: string; test: (b: Buffer) => boolean }[] = [
  { type: "image/jpeg", ext: "jpg", test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    type: "image/png",
    ext: "png",
    test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  { type: "image/gif", ext: "gif", test: (b) => b.subarray(0, 4).toString("latin1") === "GIF8" },
  {
    type: "image/webp",
    ext: "webp",
    test: (b) =>
      b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP",
  },
  {
    type: "image/heic",
    ext: "heic",
    test: (b) => b.subarray(4, 12).toString("latin1").startsWith("ftyphei"),
  },
];

export interface StoredFile {
  storageKey: string;
  filename: string;
  contentType: string;
  byteSize: number;
}

/** The image type of a file, judged by its content (never by its name or declared type); null if not an image. */
export function sniffImage(data: Buffer): { type: string; ext: string } | null {
  const found = SIGNATURES.find((s) => s.test(data));
  return found ? { type: found.type, ext: found.ext } : null;
}

function mediaDir(dataDir: string): string {
  return path.join(dataDir, "media");
}

export interface UploadRules {
  /** The largest file accepted, in bytes (default MAX_UPLOAD_BYTES). */
  maxBytes?: number;
  /** The content types accepted (default: every type `sniffImage` knows), and how to name them in messages. */
  types?: { list: readonly string[]; names: string };
  /** Strip the place a photo was taken (EXIF GPS) before storing it. */
  stripLocation?: boolean;
}

const ALL_TYPES = { list: SIGNATURES.map((s) => s.type), names: "JPEG, PNG, GIF, WebP or HEIC" };

/** Checks a photo by content and size without storing it; throws the AppError a resident or client reads. */
export function checkUpload(file: { filename: string; data: Buffer }, rules: UploadRules = {}) {
  const maxBytes = rules.maxBytes ?? MAX_UPLOAD_BYTES;
  const types = rules.types ?? ALL_TYPES;
  if (file.data.length > maxBytes) {
    throw new AppError(
      "payload_too_large",
      `${file.filename || "The file"} is larger than ${maxBytes / 1048576} MB.`,
    );
  }
  const kind = sniffImage(file.data);
  if (!kind || !types.list.includes(kind.type))
    throw new AppError("validation_failed", `${file.filename || "The file"} is not a ${types.names} image.`);
  return kind;
}

/** Checks an uploaded photo by content and size, and writes it under DATA_DIR/media with a random name. */
export async function storeUpload(
  dataDir: string,
  file: { filename: string; data: Buffer },
  rules: UploadRules = {},
): Promise<StoredFile> {
  const kind = checkUpload(file, rules);
  const data = rules.stripLocation ? stripLocation(file.data, kind.type) : file.data;
  const storageKey = `${randomBytes(16).toString("hex")}.${kind.ext}`;
  await mkdir(mediaDir(dataDir), { recursive: true });
  await writeFile(path.join(mediaDir(dataDir), storageKey), data, { mode: 0o640 });
  return {
    storageKey,
    filename: path.basename(file.filename || `photo.${kind.ext}`).slice(0, 200),
    contentType: kind.type,
    byteSize: data.length,
  };
}

/** The bytes of a stored file; null when it is missing. */
export async function readStored(dataDir: string, storageKey: string): Promise<Buffer | null> {
  if (!/^[0-9a-f]{32}\.[a-z]{3,4}$/.test(storageKey)) return null;
  return readFile(path.join(mediaDir(dataDir), storageKey)).catch(() => null);
}

/** The public URL of an attachment: the client's own URL, or ours for an uploaded file. */
export function mediaUrl(
  publicBaseUrl: string,
  a: { storageKey: string | null; sourceUrl: string | null },
): string | null {
  if (a.sourceUrl) return a.sourceUrl;
  return a.storageKey ? `${publicBaseUrl}/media/${a.storageKey}` : null;
}

/** Deletes a stored file (an upload whose request was then refused); a missing file is not an error. */
export async function removeStored(dataDir: string, storageKey: string): Promise<void> {
  if (!/^[0-9a-f]{32}\.[a-z]{3,4}$/.test(storageKey)) return;
  await rm(path.join(mediaDir(dataDir), storageKey), { force: true });
}
