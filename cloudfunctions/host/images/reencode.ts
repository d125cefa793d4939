// Decodes an upload and writes it again in the same format: turned upright by its EXIF orientation and
// with every piece of metadata (EXIF, GPS, XMP, ICC, comments) left behind, since sharp keeps none
// unless asked to (no withMetadata/keepExif here, on purpose).
import sharp from 'sharp';
import type { ImageMime } from '../../core/ports';

export const MAX_PIXELS = 40_000_000;

export interface Reencoded {
  bytes: Buffer;
  width: number;
  height: number;
}

export async function reencode(input: Buffer, mime: ImageMime): Promise<Reencoded> {
  // failOn 'warning': a truncated or damaged file is refused rather than stored half grey.
  // limitInputPixels repeats the header check inside the decoder as a second line of defence.
  let pipeline = sharp(input, { failOn: 'warning', limitInputPixels: MAX_PIXELS, pages: 1 }).rotate();
  if (mime === 'image/jpeg') pipeline = pipeline.jpeg({ quality: 85 });
  else if (mime === 'image/png') pipeline = pipeline.png({ compressionLevel: 8 });
  else pipeline = pipeline.webp({ quality: 85 });
  const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
  return { bytes: data, width: info.width, height: info.height };
}
