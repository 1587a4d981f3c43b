// Photos built byte by byte for tests (server and browser): a real, decodable 8×8 grey baseline JPEG,
// optionally carrying an EXIF block whose GPS IFD places it at 42°21'37.85"N 71°3'42.13"W.

const u16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
const u32 = (n: number) => [(n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];

/** The GPS rationals as they sit in the file (big-endian): tests look for these bytes after stripping. */
export const GPS_LATITUDE_BYTES = Buffer.from([
  ...u32(42),
  ...u32(1),
  ...u32(21),
  ...u32(1),
  ...u32(3785),
  ...u32(100),
]);
export const GPS_LONGITUDE_BYTES = Buffer.from([
  ...u32(71),
  ...u32(1),
  ...u32(3),
  ...u32(1),
  ...u32(4213),
  ...u32(100),
]);

/** An APP1 "Exif" segment (big-endian TIFF) with IFD0 → GPS IFD: latitude and longitude with their refs. */
function exifWithGps(): number[] {
  const entry = (tag: number, type: number, count: number, value: number[]) => [
    ...u16(tag),
    ...u16(type),
    ...u32(count),
    ...value,
  ];
  // TIFF layout: header 8, IFD0 (1 entry) 18 → GPS IFD at 26 (4 entries: 54 bytes) → values at 80 and 104.
  const tiff = [
    ...[0x4d, 0x4d, 0x00, 0x2a],
    ...u32(8),
    ...u16(1),
    ...entry(0x8825, 4, 1, u32(26)),
    ...u32(0),
    ...u16(4),
    ...entry(0x0001, 2, 2, [0x4e, 0, 0, 0]),
    ...entry(0x0002, 5, 3, u32(80)),
    ...entry(0x0003, 2, 2, [0x57, 0, 0, 0]),
    ...entry(0x0004, 5, 3, u32(104)),
    ...u32(0),
    ...GPS_LATITUDE_BYTES,
    ...GPS_LONGITUDE_BYTES,
  ];
  const payload = [...Buffer.from("Exif\0\0", "latin1"), ...tiff];
  return [0xff, 0xe1, ...u16(payload.length + 2), ...payload];
}

/** A tiny real JPEG (8×8, mid grey); with `gps`, it carries the EXIF location above. */
export function tinyJpeg(options: { gps?: boolean } = {}): Buffer {
  const dqt = [0xff, 0xdb, ...u16(67), 0x00, ...new Array<number>(64).fill(1)];
  const sof = [0xff, 0xc0, ...u16(11), 8, ...u16(8), ...u16(8), 1, 1, 0x11, 0];
  // One-symbol Huffman tables: DC difference 0 and AC end-of-block, each coded as the single bit 0.
  const huffman = (tableClass: number) => [
    0xff,
    0xc4,
    ...u16(20),
    tableClass,
    1,
    ...new Array<number>(15).fill(0),
    0x00,
  ];
  const sos = [0xff, 0xda, ...u16(8), 1, 1, 0x00, 0, 63, 0];
  // Bits "0" (DC diff 0) and "0" (EOB), padded with ones.
  const scan = [0x3f];
  return Buffer.from([
    0xff,
    0xd8,
    ...(options.gps ? exifWithGps() : []),
    ...dqt,
    ...sof,
    ...huffman(0x00),
    ...huffman(0x10),
    ...sos,
    ...scan,
    0xff,
    0xd9,
  ]);
}
