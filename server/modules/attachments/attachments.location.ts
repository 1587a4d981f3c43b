// Location metadata in photos, in pure TypeScript (no native image library): a phone photo's EXIF usually
// says where it was taken, often the resident's home. Only the location goes; orientation and the rest stay.

const EXIF_HEADER = Buffer.from("Exif\0\0", "latin1");
const XMP_HEADER = Buffer.from("http://ns.adobe.com/xap/1.0/\0", "latin1");
const GPS_INFO_TAG = 0x8825;
/** Bytes per value of each TIFF field type (1 BYTE … 12 DOUBLE). */
const TYPE_SIZES: Record<number, number> = {
  1: 1,
  2: 1,
  3: 2,
  4: 4,
  5: 8,
  6: 1,
  7: 1,
  8: 2,
  9: 4,
  10: 8,
  11: 4,
  12: 8,
};

interface Tiff {
  bytes: Buffer;
  u16: (offset: number) => number;
  u32: (offset: number) => number;
}

function readTiff(bytes: Buffer): Tiff | null {
  if (bytes.length < 8) return null;
  const order = bytes.toString("latin1", 0, 2);
  if (order !== "II" && order !== "MM") return null;
  const le = order === "II";
  return {
    bytes,
    u16: (o) => (le ? bytes.readUInt16LE(o) : bytes.readUInt16BE(o)),
    u32: (o) => (le ? bytes.readUInt32LE(o) : bytes.readUInt32BE(o)),
  };
}

/** The offset of the GPS IFD named by IFD0, undefined when there is none, null when the TIFF is malformed. */
function gpsIfdOffset(t: Tiff): number | undefined | null {
  const ifd0 = t.u32(4);
  if (ifd0 + 2 > t.bytes.length) return null;
  const count = t.u16(ifd0);
  for (let k = 0; k < count; k++) {
    const entry = ifd0 + 2 + 12 * k;
    if (entry + 12 > t.bytes.length) return null;
    if (t.u16(entry) === GPS_INFO_TAG) return t.u32(entry + 8);
  }
  return undefined;
}

/** Zeroes a GPS IFD and every value it points to, leaving a valid empty IFD; false if it is malformed. */
function wipeIfd(t: Tiff, offset: number): boolean {
  if (offset + 2 > t.bytes.length) return false;
  const count = t.u16(offset);
  const end = offset + 2 + 12 * count + 4;
  if (end > t.bytes.length) return false;
  for (let k = 0; k < count; k++) {
    const entry = offset + 2 + 12 * k;
    const size = (TYPE_SIZES[t.u16(entry + 2)] ?? 1) * t.u32(entry + 4);
    if (size > 4) {
      const at = t.u32(entry + 8);
      if (at + size > t.bytes.length) return false;
      t.bytes.fill(0, at, at + size);
    }
  }
  t.bytes.fill(0, offset, end);
  return true;
}

/** The number of entries in a JPEG's EXIF GPS IFD (0 when it has none): how tests and checks see location. */
export function jpegGpsEntries(data: Buffer): number {
  let total = 0;
  for (const seg of jpegSegments(data)) {
    if (seg.marker !== 0xe1 || !seg.bytes.subarray(4, 10).equals(EXIF_HEADER)) continue;
    const t = readTiff(seg.bytes.subarray(10));
    const gps = t ? gpsIfdOffset(t) : null;
    if (t && typeof gps === "number" && gps + 2 <= t.bytes.length) total += t.u16(gps);
  }
  return total;
}

interface Segment {
  marker: number;
  bytes: Buffer;
}

/** The marker segments before the image data (which, with everything after it, is the last "segment", marker 0). */
function jpegSegments(data: Buffer): Segment[] {
  const out: Segment[] = [{ marker: 0xd8, bytes: data.subarray(0, 2) }];
  let i = 2;
  while (i + 4 <= data.length && data[i] === 0xff) {
    const marker = data[i + 1]!;
    if (marker === 0xda || marker === 0xd9) break;
    if (marker === 0xff) {
      // A fill byte before a marker.
      out.push({ marker: 0, bytes: data.subarray(i, i + 1) });
      i += 1;
      continue;
    }
    const length = data.readUInt16BE(i + 2);
    const end = i + 2 + length;
    if (length < 2 || end > data.length) break;
    out.push({ marker, bytes: data.subarray(i, end) });
    i = end;
  }
  out.push({ marker: 0, bytes: data.subarray(i) });
  return out;
}

function stripJpeg(data: Buffer): Buffer {
  const kept: Buffer[] = [];
  for (const seg of jpegSegments(data)) {
    if (seg.marker === 0xe1 && seg.bytes.subarray(4, 10).equals(EXIF_HEADER)) {
      const copy = Buffer.from(seg.bytes);
      const t = readTiff(copy.subarray(10));
      const gps = t ? gpsIfdOffset(t) : null;
      if (t && gps === undefined) kept.push(seg.bytes);
      else if (t && typeof gps === "number" && wipeIfd(t, gps)) kept.push(copy);
      // A malformed EXIF block is dropped whole: better no metadata than a location left behind.
      continue;
    }
    // XMP can repeat the location (exif:GPSLatitude); it is not needed to show the photo.
    if (seg.marker === 0xe1 && seg.bytes.subarray(4, 4 + XMP_HEADER.length).equals(XMP_HEADER)) {
      if (seg.bytes.includes("GPS")) continue;
    }
    kept.push(seg.bytes);
  }
  return Buffer.concat(kept);
}

/** A PNG without its `eXIf` chunk (the only place PNG keeps camera metadata). */
function stripPng(data: Buffer): Buffer {
  const kept: Buffer[] = [data.subarray(0, 8)];
  let i = 8;
  while (i + 12 <= data.length) {
    const length = data.readUInt32BE(i);
    const end = i + 12 + length;
    if (end > data.length) break;
    if (data.toString("latin1", i + 4, i + 8) !== "eXIf") kept.push(data.subarray(i, end));
    i = end;
  }
  kept.push(data.subarray(i));
  return Buffer.concat(kept);
}

/**
 * Empties the GPS IFD of a TIFF block in place. A TIFF that cannot be read has its byte-order mark zeroed, so
 * no reader finds anything in it (its length is unknown, so it cannot be removed without moving the image).
 */
function wipeTiffInPlace(tiff: Buffer): void {
  const t = readTiff(tiff);
  const gps = t ? gpsIfdOffset(t) : null;
  if (t && gps === undefined) return;
  if (t && typeof gps === "number" && wipeIfd(t, gps)) return;
  tiff.fill(0, 0, Math.min(8, tiff.length));
}

/** The EXIF payload's TIFF block: after an optional "Exif\0\0" prefix. */
const tiffIn = (payload: Buffer) =>
  payload.subarray(0, 6).equals(EXIF_HEADER) ? payload.subarray(6) : payload;

/**
 * A WebP (RIFF) without location: the EXIF chunk's GPS IFD emptied in place, an XMP chunk naming GPS dropped
 * (with the RIFF size and the VP8X "has XMP" flag corrected).
 */
function stripWebp(data: Buffer): Buffer {
  const copy = Buffer.from(data);
  const kept: Buffer[] = [copy.subarray(0, 12)];
  let droppedXmp = false;
  let i = 12;
  while (i + 8 <= copy.length) {
    const fourcc = copy.toString("latin1", i, i + 4);
    const size = copy.readUInt32LE(i + 4);
    const end = Math.min(copy.length, i + 8 + size + (size % 2));
    const chunk = copy.subarray(i, end);
    if (fourcc === "EXIF") wipeTiffInPlace(tiffIn(chunk.subarray(8, 8 + size)));
    if (fourcc === "XMP " && chunk.includes("GPS")) droppedXmp = true;
    else kept.push(chunk);
    i = end;
  }
  kept.push(copy.subarray(i));
  const out = Buffer.concat(kept);
  out.writeUInt32LE(out.length - 8, 4);
  if (droppedXmp && out.toString("latin1", 12, 16) === "VP8X") out[20] = out[20]! & ~0x04;
  return out;
}

/**
 * A HEIC (ISO base media file) without location: its Exif item is found by its "Exif\0\0" header and the
 * GPS IFD emptied in place, so no box or item offset moves. XMP packets naming GPS have their GPS values
 * blanked with spaces, keeping every length.
 */
function stripHeic(data: Buffer): Buffer {
  const copy = Buffer.from(data);
  for (let at = copy.indexOf(EXIF_HEADER); at >= 0; at = copy.indexOf(EXIF_HEADER, at + 6)) {
    const tiff = copy.subarray(at + 6);
    const order = tiff.toString("latin1", 0, 2);
    if (order === "II" || order === "MM") wipeTiffInPlace(tiff);
  }
  // exif:GPSLatitude="42,21.63N" or <exif:GPSLatitude>…</exif:GPSLatitude>: the value becomes spaces.
  const text = copy.toString("latin1");
  for (const m of text.matchAll(/exif:GPS\w+(?:="([^"]*)"|>([^<]*)<)/g)) {
    const value = m[1] ?? m[2] ?? "";
    const start = (m.index ?? 0) + m[0].indexOf(value, m[0].indexOf("GPS") + 3);
    copy.fill(0x20, start, start + value.length);
  }
  return copy;
}

/**
 * A photo without the place it was taken: a JPEG's EXIF GPS IFD is emptied (its values zeroed) and XMP
 * blocks naming GPS are dropped; a PNG loses its eXIf chunk; a WebP's EXIF GPS is emptied and an XMP chunk
 * naming GPS dropped; a HEIC's EXIF GPS is emptied and XMP GPS values blanked in place.
 */
export function stripLocation(data: Buffer, contentType: string): Buffer {
  if (contentType === "image/jpeg") return stripJpeg(data);
  if (contentType === "image/png") return stripPng(data);
  if (contentType === "image/webp") return stripWebp(data);
  if (contentType === "image/heic") return stripHeic(data);
  return data;
}

/** The number of GPS IFD entries in every EXIF block found in any photo (0 when it carries no location). */
export function gpsEntries(data: Buffer): number {
  let total = 0;
  for (let at = data.indexOf(EXIF_HEADER); at >= 0; at = data.indexOf(EXIF_HEADER, at + 6)) {
    const t = readTiff(data.subarray(at + 6));
    const gps = t ? gpsIfdOffset(t) : null;
    if (t && typeof gps === "number" && gps + 2 <= t.bytes.length) total += t.u16(gps);
  }
  return total;
}
