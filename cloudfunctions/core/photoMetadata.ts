// Removes what a photo says about where, when and with what it was taken, without decoding a pixel: JPEG APPn and
// comment segments, PNG text/time/EXIF chunks, WebP EXIF/XMP chunks. Pure (Uint8Array in, Uint8Array out), so the
// phone (before upload) and the servers (whatever still arrives) run the same code.
//
// Kept on purpose: JPEG APP0 JFIF (pixel density, needed by some decoders) and APP14 Adobe (how to read the colour
// channels; without it CMYK/YCCK files decode wrong). JPEG ICC profiles (APP2) go too: both paths re-encode to sRGB
// before this runs (canvas on the phone, sharp on the host), so the profile adds nothing, and two kept segments are
// easy to audit. PNG iCCP and WebP ICCP chunks stay: they describe colour and hold no person, place or time.
import { AppError } from './errors';

/** A run of bytes of the file; `metadata` names it when it is to be removed. */
interface Block {
  start: number;
  end: number;
  metadata?: string;
}

const broken = () => new AppError('INVALID_ARGUMENT', '照片文件不完整或已损坏，请重新选择', { field: 'file' });

const ascii = (b: Uint8Array, at: number, length: number) => String.fromCharCode(...b.subarray(at, at + length));
const u16be = (b: Uint8Array, at: number) => ((b[at] as number) << 8) | (b[at + 1] as number);
const u32be = (b: Uint8Array, at: number) => (u16be(b, at) * 0x10000 + u16be(b, at + 2)) >>> 0;
const u32le = (b: Uint8Array, at: number) =>
  ((b[at] as number) | ((b[at + 1] as number) << 8) | ((b[at + 2] as number) << 16)) +
  (b[at + 3] as number) * 0x1000000;

const isJpeg = (b: Uint8Array) => b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const isPng = (b: Uint8Array) => b.length >= 8 && PNG_SIGNATURE.every((v, i) => b[i] === v);
const isWebp = (b: Uint8Array) => b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP';

/** The metadata name of a JPEG segment, or undefined when it stays. */
function jpegMetadataName(b: Uint8Array, marker: number, payload: number): string | undefined {
  if (marker === 0xfe) return 'COM';
  if (marker < 0xe0 || marker > 0xef) return undefined;
  const id = ascii(b, payload, 5);
  if (marker === 0xe0 && id === 'JFIF\0') return undefined;
  if (marker === 0xee && id === 'Adobe') return undefined;
  if (marker === 0xe1) return id.startsWith('Exif') ? 'EXIF' : 'XMP/APP1';
  return `APP${marker - 0xe0}`;
}

/** Entropy-coded data after SOS runs until a marker other than a stuffed 00 or a restart (RST0–7). */
function endOfScan(b: Uint8Array, from: number): number {
  for (let i = from; i + 1 < b.length; i++) {
    if (b[i] !== 0xff) continue;
    const next = b[i + 1] as number;
    if (next === 0x00 || next === 0xff || (next >= 0xd0 && next <= 0xd7)) continue;
    return i;
  }
  throw broken();
}

function jpegBlocks(b: Uint8Array): Block[] {
  const blocks: Block[] = [{ start: 0, end: 2 }];
  let i = 2;
  for (;;) {
    if (i + 2 > b.length || b[i] !== 0xff) throw broken();
    const marker = b[i + 1] as number;
    if (marker === 0xff) {
      i += 1; // fill byte
      continue;
    }
    if (marker === 0xd9) {
      blocks.push({ start: i, end: i + 2 }); // EOI: whatever trails it (maker trailers, motion photos) is dropped
      return blocks;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      blocks.push({ start: i, end: i + 2 });
      i += 2;
      continue;
    }
    if (i + 4 > b.length) throw broken();
    const end = i + 2 + u16be(b, i + 2);
    if (end > b.length || end < i + 4) throw broken();
    if (marker === 0xda) {
      const scanEnd = endOfScan(b, end);
      blocks.push({ start: i, end: scanEnd });
      i = scanEnd;
      continue;
    }
    blocks.push({ start: i, end, metadata: jpegMetadataName(b, marker, i + 4) });
    i = end;
  }
}

const PNG_METADATA = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt', 'tIME']);

function pngBlocks(b: Uint8Array): Block[] {
  const blocks: Block[] = [{ start: 0, end: 8 }];
  let i = 8;
  for (;;) {
    if (i + 12 > b.length) throw broken();
    const type = ascii(b, i + 4, 4);
    const end = i + 12 + u32be(b, i);
    if (end > b.length) throw broken();
    blocks.push({ start: i, end, metadata: PNG_METADATA.has(type) ? type : undefined });
    if (type === 'IEND') return blocks;
    i = end;
  }
}

const WEBP_METADATA = new Set(['EXIF', 'XMP ']);

function webpBlocks(b: Uint8Array): Block[] {
  const blocks: Block[] = [{ start: 0, end: 12 }];
  const riffEnd = 8 + u32le(b, 4);
  if (riffEnd > b.length) throw broken();
  let i = 12;
  while (i < riffEnd) {
    if (i + 8 > riffEnd) throw broken();
    const type = ascii(b, i, 4);
    const size = u32le(b, i + 4);
    const end = Math.min(riffEnd, i + 8 + size + (size % 2)); // chunks are padded to an even length
    if (i + 8 + size > riffEnd) throw broken();
    blocks.push({ start: i, end, metadata: WEBP_METADATA.has(type) ? type : undefined });
    i = end;
  }
  if (blocks.length === 1) throw broken();
  return blocks;
}

function blocksOf(bytes: Uint8Array): { format: 'jpeg' | 'png' | 'webp'; blocks: Block[] } {
  if (isJpeg(bytes)) return { format: 'jpeg', blocks: jpegBlocks(bytes) };
  if (isPng(bytes)) return { format: 'png', blocks: pngBlocks(bytes) };
  if (isWebp(bytes)) return { format: 'webp', blocks: webpBlocks(bytes) };
  throw new AppError('UNSUPPORTED_MEDIA_TYPE', '只能上传 JPEG、PNG 或 WebP 格式的照片');
}

/** Names of the metadata blocks a photo carries (`EXIF`, `XMP/APP1`, `COM`, `tEXt`, `XMP ` …), in file order. */
export function metadataIn(bytes: Uint8Array): string[] {
  return blocksOf(bytes).blocks.flatMap((block) => (block.metadata ? [block.metadata] : []));
}

/** VP8X announces EXIF (0x08) and XMP (0x04) chunks in its flags; a reader may look for what was removed. */
const VP8X_METADATA_FLAGS = 0x08 | 0x04;

function fixWebpHeaders(out: Uint8Array): void {
  const size = out.length - 8;
  out.set([size & 0xff, (size >>> 8) & 0xff, (size >>> 16) & 0xff, (size >>> 24) & 0xff], 4);
  if (out.length >= 21 && ascii(out, 12, 4) === 'VP8X') out[20] = (out[20] as number) & ~VP8X_METADATA_FLAGS;
}

/**
 * The same photo without its metadata blocks; pixels untouched. Throws an AppError (INVALID_ARGUMENT for a damaged
 * or truncated file, UNSUPPORTED_MEDIA_TYPE for anything but JPEG, PNG and WebP) and never anything else.
 */
export function stripMetadata(bytes: Uint8Array): Uint8Array {
  const { format, blocks } = blocksOf(bytes);
  const kept = blocks.filter((block) => !block.metadata);
  const out = new Uint8Array(kept.reduce((sum, block) => sum + block.end - block.start, 0));
  let at = 0;
  for (const block of kept) {
    out.set(bytes.subarray(block.start, block.end), at);
    at += block.end - block.start;
  }
  if (format === 'webp') fixWebpHeaders(out);
  return out;
}
