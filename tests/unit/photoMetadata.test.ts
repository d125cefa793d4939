// The pure metadata stripper of core/photos: EXIF/GPS, XMP, comments and text chunks go, pixels stay, and a damaged
// file ends in a typed error, never in anything else.
import sharp from 'sharp';
import { AppError } from '../../cloudfunctions/core/errors';
import { metadataIn, stripMetadata } from '../../cloudfunctions/core/photoMetadata';
import { exifHasGps, jpeg, jpegWithGps, solid } from '../support/images';

const XMP = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF/></x:xmpmeta>';
const GPS_EXIF = {
  IFD0: { Make: 'XiangxunTestCam' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '30/1 15/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '120/1 10/1 0/1' },
};

const withEverything = (format: 'jpeg' | 'png' | 'webp') =>
  solid(24, 16)[format]().withExif(GPS_EXIF).withXmp(XMP).toBuffer();

const pixels = async (bytes: Uint8Array) => (await sharp(Buffer.from(bytes)).raw().toBuffer()).toString('base64');

/** A JPEG segment: FF marker, big-endian length including itself, payload. */
function segment(marker: number, payload: string): Buffer {
  const body = Buffer.from(payload, 'latin1');
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
}

const afterSoi = (file: Buffer, ...segments: Buffer[]) =>
  Buffer.concat([file.subarray(0, 2), ...segments, file.subarray(2)]);

function errorOf(run: () => unknown): unknown {
  try {
    run();
  } catch (err) {
    return err;
  }
  return null;
}

test('the GPS fixture loses its EXIF and GPS and keeps every pixel', async () => {
  const original = await jpegWithGps();
  expect(metadataIn(original)).toContain('EXIF');
  expect(exifHasGps((await sharp(original).metadata()).exif)).toBe(true);

  const stripped = stripMetadata(original);
  expect(metadataIn(stripped)).toEqual([]);
  const after = await sharp(Buffer.from(stripped)).metadata();
  expect(after.exif).toBeUndefined();
  expect(after.orientation).toBeUndefined();
  expect(Buffer.from(stripped).includes(Buffer.from('XiangxunTestCam'))).toBe(false);
  expect(await pixels(stripped)).toBe(await pixels(original));
});

test.each(['jpeg', 'png', 'webp'] as const)(
  '%s: EXIF and XMP are removed and the file still decodes',
  async (format) => {
    const original = await withEverything(format);
    expect(metadataIn(original)).toHaveLength(2);

    const stripped = stripMetadata(original);
    expect(metadataIn(stripped)).toEqual([]);
    const after = await sharp(Buffer.from(stripped)).metadata();
    expect(after).toMatchObject({ format, width: 24, height: 16 });
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(await pixels(stripped)).toBe(await pixels(original));
  },
);

test('WebP: the RIFF size and the VP8X flags describe what is left', async () => {
  const stripped = Buffer.from(stripMetadata(await withEverything('webp')));
  expect(stripped.readUInt32LE(4)).toBe(stripped.length - 8);
  expect(stripped.toString('latin1', 12, 16)).toBe('VP8X');
  expect(stripped[20]! & 0x0c).toBe(0); // neither EXIF (0x08) nor XMP (0x04) announced
});

test('JPEG: comments, IPTC and ICC go; JFIF and Adobe stay; bytes after the end marker go', async () => {
  const base = await jpeg(16, 16);
  const file = Buffer.concat([
    afterSoi(
      base,
      segment(0xe0, 'JFIF\0\x01\x01\0\0\x01\0\x01\0\0'),
      segment(0xfe, 'shot at 30.25N 120.16E'),
      segment(0xed, 'Photoshop 3.0\0IPTC city'),
      segment(0xe2, 'ICC_PROFILE\0\x01\x01profile'),
      segment(0xee, 'Adobe\0\x64\0\0\0\0\x01'),
    ),
    Buffer.from('trailer with a location'),
  ]);
  expect(metadataIn(file)).toEqual(['COM', 'APP13', 'APP2']);

  const stripped = Buffer.from(stripMetadata(file));
  expect(metadataIn(stripped)).toEqual([]);
  expect(stripped.includes(Buffer.from('JFIF\0'))).toBe(true);
  expect(stripped.includes(Buffer.from('Adobe\0'))).toBe(true);
  expect(stripped.includes(Buffer.from('location'))).toBe(false);
  expect(stripped.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
});

test('a photo without metadata comes back byte for byte', async () => {
  const clean = await jpeg(16, 16);
  expect(Buffer.from(stripMetadata(clean)).equals(clean)).toBe(true);
});

test('PNG: tEXt and tIME chunks are metadata too', async () => {
  const chunk = (type: string, data: string) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    return Buffer.concat([head, Buffer.from(data, 'latin1'), Buffer.alloc(4)]); // CRC is not read
  };
  const png = await solid(8, 8).png().toBuffer();
  const ihdrEnd = 8 + 25;
  const file = Buffer.concat([
    png.subarray(0, ihdrEnd),
    chunk('tEXt', 'Location\0Xiangxun'),
    chunk('tIME', '1234567'),
    png.subarray(ihdrEnd),
  ]);
  expect(metadataIn(file)).toEqual(['tEXt', 'tIME']);
  expect(Buffer.from(stripMetadata(file)).equals(png)).toBe(true);
});

test('every truncation of a photo ends in a typed error or a valid result, never anything else', async () => {
  for (const format of ['jpeg', 'png', 'webp'] as const) {
    const file = await withEverything(format);
    for (let length = 0; length < file.length; length++) {
      const err = errorOf(() => stripMetadata(file.subarray(0, length)));
      if (err !== null) expect(err).toBeInstanceOf(AppError);
    }
  }
});

test('damaged and foreign files are refused with a code and a Chinese message', async () => {
  const cut = (await jpegWithGps()).subarray(0, 200);
  expect(errorOf(() => stripMetadata(cut))).toMatchObject({
    code: 'INVALID_ARGUMENT',
    message: expect.stringMatching(/损坏/),
  });
  const gif = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1');
  expect(errorOf(() => stripMetadata(gif))).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
  expect(errorOf(() => stripMetadata(new Uint8Array()))).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
  const lying = Buffer.from(await withEverything('png'));
  lying.writeUInt32BE(0x7fffffff, 8); // IHDR claims 2 GB of data
  expect(errorOf(() => stripMetadata(lying))).toMatchObject({ code: 'INVALID_ARGUMENT' });
});
