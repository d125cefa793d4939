// Issue 10, item 3 on the local host: whatever a photo carries (GPS EXIF, XMP, text chunks), what lands on disk
// carries none of it, in all three accepted formats.
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { metadataIn } from '../../cloudfunctions/core/photoMetadata';
import { Client, dataOf } from '../support/http';
import { exifHasGps, jpegWithGps, solid } from '../support/images';
import { startTestHost, type TestHost } from '../support/host';

let host: TestHost;
let client: Client;
let reporter: string;

beforeAll(async () => {
  host = await startTestHost();
  client = new Client(host.url);
  reporter = await client.token('reporter1');
});
afterAll(() => host.destroy());

const GPS_EXIF = { IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '30/1 15/1 0/1' } } as const;

async function storedAfterUpload(bytes: Buffer, ext: string, mime: string): Promise<Buffer> {
  const { fileID } = dataOf(await client.upload(reporter, bytes, `photo.${ext}`, mime));
  return fs.readFileSync(path.join(host.dataDir, 'files', fileID));
}

test('the GPS fixture is stored without EXIF or GPS', async () => {
  const original = await jpegWithGps();
  expect(exifHasGps((await sharp(original).metadata()).exif)).toBe(true);

  const stored = await storedAfterUpload(original, 'jpg', 'image/jpeg');
  expect(metadataIn(stored)).toEqual([]);
  expect((await sharp(stored).metadata()).exif).toBeUndefined();
  expect(stored.includes(Buffer.from('XiangxunTestCam'))).toBe(false);
});

test.each([
  ['png', 'png', 'image/png'],
  ['webp', 'webp', 'image/webp'],
] as const)('%s with EXIF and XMP is stored without either', async (format, ext, mime) => {
  const original = await solid(30, 20)
    [format]()
    .withExif(GPS_EXIF)
    .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"/>')
    .toBuffer();
  expect(metadataIn(original).length).toBeGreaterThan(0);

  const stored = await storedAfterUpload(original, ext, mime);
  expect(metadataIn(stored)).toEqual([]);
  const after = await sharp(stored).metadata();
  expect(after.exif).toBeUndefined();
  expect(after.xmp).toBeUndefined();
});
