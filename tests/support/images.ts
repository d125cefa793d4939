// Test images made with sharp: real JPEG/PNG/WebP, a JPEG carrying GPS EXIF, and hand-made headers.
import sharp from 'sharp';

export function solid(width: number, height: number, colour = '#c0392b') {
  return sharp({ create: { width, height, channels: 3, background: colour } });
}

export const jpeg = (width = 64, height = 48) => solid(width, height).jpeg().toBuffer();
export const png = (width = 64, height = 48) => solid(width, height).png().toBuffer();
export const webp = (width = 64, height = 48) => solid(width, height).webp().toBuffer();

/** A 40×20 JPEG shot "sideways" (orientation 6) with camera make and GPS coordinates in its EXIF. */
export function jpegWithGps(): Promise<Buffer> {
  return solid(40, 20)
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: 'XiangxunTestCam', Model: 'GPS-1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '30/1 15/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '120/1 10/1 0/1' },
    })
    .toBuffer();
}

/** True when the EXIF block holds a GPS IFD pointer (tag 0x8825, either byte order). */
export function exifHasGps(exif: Buffer | undefined): boolean {
  if (!exif) return false;
  return exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]));
}

/** A PNG signature and IHDR claiming width × height, followed by junk: only a header, no pixels. */
export function pngHeader(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'latin1');
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  ihdr.writeUInt8(8, 16); // bit depth
  ihdr.writeUInt8(2, 17); // colour type RGB
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ihdr, Buffer.alloc(64, 0x42)]);
}
