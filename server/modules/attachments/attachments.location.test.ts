import { describe, expect, it } from "vitest";
import { gpsEntries, stripLocation } from "./attachments.location.js";

const u16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
const u32 = (n: number) => [(n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
const le32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];

/** 42°21'37.85" as three big-endian rationals: what must not survive stripping. */
const LATITUDE = Buffer.from([...u32(42), ...u32(1), ...u32(21), ...u32(1), ...u32(3785), ...u32(100)]);

/** A big-endian TIFF: IFD0 with one entry pointing at a GPS IFD holding a latitude (ref and value). */
function tiffWithGps(): Buffer {
  const entry = (tag: number, type: number, count: number, value: number[]) => [
    ...u16(tag),
    ...u16(type),
    ...u32(count),
    ...value,
  ];
  // header 8, IFD0 at 8 (1 entry: 18 bytes) → GPS IFD at 26 (2 entries: 30 bytes) → value at 56.
  return Buffer.from([
    ...[0x4d, 0x4d, 0x00, 0x2a],
    ...u32(8),
    ...u16(1),
    ...entry(0x8825, 4, 1, u32(26)),
    ...u32(0),
    ...u16(2),
    ...entry(0x0001, 2, 2, [0x4e, 0, 0, 0]),
    ...entry(0x0002, 5, 3, u32(56)),
    ...u32(0),
    ...LATITUDE,
  ]);
}

const chunk = (fourcc: string, data: Buffer) =>
  Buffer.concat([
    Buffer.from(fourcc, "latin1"),
    Buffer.from(le32(data.length)),
    data,
    Buffer.alloc(data.length % 2),
  ]);

function webpWithGps(): Buffer {
  // VP8X: flags (EXIF 0x08 | XMP 0x04), reserved, canvas 1×1 (stored minus one, 24-bit each).
  const vp8x = Buffer.from([0x0c, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  const image = Buffer.from([0x2f, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xfe, 0x07, 0]);
  const xmp = Buffer.from('<x:xmpmeta><rdf:Description exif:GPSLatitude="42,21.63N"/></x:xmpmeta>', "latin1");
  const body = Buffer.concat([
    Buffer.from("WEBP", "latin1"),
    chunk("VP8X", vp8x),
    chunk("VP8L", image),
    chunk("EXIF", tiffWithGps()),
    chunk("XMP ", xmp),
  ]);
  return Buffer.concat([Buffer.from("RIFF", "latin1"), Buffer.from(le32(body.length)), body]);
}

function heicWithGps(): Buffer {
  const ftyp = Buffer.from([...u32(24), ...Buffer.from("ftypheic\0\0\0\0mif1heic", "latin1")]);
  const meta = Buffer.from("....meta....iloc....iinf....", "latin1");
  const exifItem = Buffer.concat([
    Buffer.from([0, 0, 0, 6]),
    Buffer.from("Exif\0\0", "latin1"),
    tiffWithGps(),
  ]);
  const xmp = Buffer.from(
    "<rdf:Description><exif:GPSLongitude>71,3.7W</exif:GPSLongitude></rdf:Description>",
    "latin1",
  );
  const pixels = Buffer.alloc(64, 0x80);
  return Buffer.concat([ftyp, meta, exifItem, xmp, pixels]);
}

describe("location stripping", () => {
  it("empties a WebP's EXIF GPS, drops an XMP chunk naming GPS and keeps the image and a valid RIFF", () => {
    const before = webpWithGps();
    expect(before.includes(LATITUDE)).toBe(true);
    const after = stripLocation(before, "image/webp");
    expect(after.includes(LATITUDE)).toBe(false);
    expect(after.includes("GPSLatitude")).toBe(false);
    expect(after.readUInt32LE(4)).toBe(after.length - 8);
    expect(after.toString("latin1", 8, 12)).toBe("WEBP");
    expect(after[20]! & 0x04).toBe(0);
    expect(after.includes(Buffer.from("VP8L", "latin1"))).toBe(true);
    // Other metadata stays: the EXIF chunk is still there, with an empty GPS directory.
    expect(after.includes(Buffer.from("EXIF", "latin1"))).toBe(true);
  });

  it("empties a HEIC's EXIF GPS and blanks XMP GPS values without moving a byte", () => {
    const before = heicWithGps();
    expect(gpsEntries(before)).toBe(2);
    const after = stripLocation(before, "image/heic");
    expect(after.length).toBe(before.length);
    expect(gpsEntries(after)).toBe(0);
    expect(after.includes(LATITUDE)).toBe(false);
    expect(after.includes("71,3.7W")).toBe(false);
    expect(after.subarray(after.length - 64).equals(before.subarray(before.length - 64))).toBe(true);
  });

  it("leaves photos without a location unchanged, and types it does not know", () => {
    const plain = Buffer.concat([
      Buffer.from("RIFF", "latin1"),
      Buffer.from(le32(4)),
      Buffer.from("WEBP", "latin1"),
    ]);
    expect(stripLocation(plain, "image/webp").equals(plain)).toBe(true);
    const gif = Buffer.from("GIF89a....", "latin1");
    expect(stripLocation(gif, "image/gif")).toBe(gif);
  });
});
