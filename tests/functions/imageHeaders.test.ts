// The header reader that guards uploads: type by magic bytes, size from JPEG SOF, PNG IHDR, WebP VP8/VP8L/VP8X.
import sharp from 'sharp';
import { detectImageType, readDimensions } from '../../cloudfunctions/host/images/inspect';
import { pngHeader, solid } from '../support/images';

test('real images of each format: type and size read from the header alone', async () => {
  const cases = [
    [await solid(123, 45).jpeg().toBuffer(), 'image/jpeg'],
    [await solid(123, 45).jpeg({ progressive: true }).toBuffer(), 'image/jpeg'],
    [await solid(123, 45).png().toBuffer(), 'image/png'],
    [await solid(123, 45).webp().toBuffer(), 'image/webp'], // VP8 (lossy)
    [await solid(123, 45).webp({ lossless: true }).toBuffer(), 'image/webp'], // VP8L
    [
      await sharp({ create: { width: 123, height: 45, channels: 4, background: '#fff8' } })
        .webp()
        .toBuffer(),
      'image/webp',
    ], // VP8X (alpha)
  ] as const;
  const chunks = new Set<string>();
  for (const [bytes, mime] of cases) {
    expect(detectImageType(bytes)).toBe(mime);
    expect(readDimensions(bytes, mime)).toEqual({ width: 123, height: 45 });
    if (mime === 'image/webp') chunks.add(bytes.toString('latin1', 12, 16));
  }
  expect(chunks).toEqual(new Set(['VP8 ', 'VP8L', 'VP8X']));
});

test('a JPEG whose SOF claims a huge frame is measured without decoding', async () => {
  const bytes = Buffer.from(await solid(20, 10).jpeg().toBuffer());
  // Find the SOF0 marker and rewrite its height and width.
  const sof = bytes.indexOf(Buffer.from([0xff, 0xc0]));
  bytes.writeUInt16BE(9000, sof + 5);
  bytes.writeUInt16BE(9000, sof + 7);
  expect(readDimensions(bytes, 'image/jpeg')).toEqual({ width: 9000, height: 9000 });
});

test('other formats and short or broken headers', async () => {
  expect(detectImageType(await solid(4, 4).gif().toBuffer())).toBeNull();
  expect(detectImageType(await solid(4, 4).tiff().toBuffer())).toBeNull();
  expect(detectImageType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
  expect(detectImageType(Buffer.alloc(0))).toBeNull();
  expect(readDimensions(Buffer.from([0xff, 0xd8, 0xff]), 'image/jpeg')).toBeNull();
  expect(readDimensions(pngHeader(10, 10).subarray(0, 20), 'image/png')).toBeNull();
  expect(readDimensions(pngHeader(0, 10), 'image/png')).toBeNull();
  expect(readDimensions(Buffer.from('RIFF\0\0\0\0WEBPVP8 '), 'image/webp')).toBeNull();
  expect(readDimensions(pngHeader(10_000, 10_000), 'image/png')).toEqual({ width: 10_000, height: 10_000 });
});
