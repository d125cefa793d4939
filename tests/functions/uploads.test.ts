// POST /api/files and GET /files/…: content checks, limits before decoding, metadata removal, signed URLs.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { dataOf, errorOf, hasChinese, type Answer } from '../support/http';
import { exifHasGps, jpeg, jpegWithGps, png, pngHeader, solid, webp } from '../support/images';
import { useTestHost } from '../support/host';
import { metadataIn } from '../../cloudfunctions/core/photoMetadata';

const env = useTestHost({ tokens: ['reporter1', 'admin'] });
const { client, tokens } = env;

const storedFiles = () => fs.readdirSync(path.join(env.host.dataDir, 'files')).filter((f) => !f.endsWith('.tmp'));

async function download(
  url: string,
): Promise<{ status: number; type: string | null; cache: string | null; bytes: Buffer }> {
  const res = await fetch(env.host.url + url);
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    cache: res.headers.get('cache-control'),
    bytes: Buffer.from(await res.arrayBuffer()),
  };
}

function expectRefused(answer: Answer, status: number, code: string): void {
  expect(answer.status).toBe(status);
  expect(errorOf(answer).code).toBe(code);
  expect(hasChinese(errorOf(answer).message)).toBe(true);
}

test('a JPEG with GPS EXIF comes back upright and without any metadata', async () => {
  const original = await jpegWithGps();
  const before = await sharp(original).metadata();
  expect(exifHasGps(before.exif)).toBe(true);
  expect(before).toMatchObject({ width: 40, height: 20, orientation: 6 });

  const answer = await client.upload(tokens.reporter1, original, 'IMG_0001.jpg');
  expect(answer.status).toBe(200);
  const { fileID, url } = dataOf(answer);
  expect(fileID).toMatch(/^f_[0-9a-f]{32}\.jpg$/);
  expect(fileID).not.toContain('IMG_0001');

  const served = await download(url);
  expect(served.status).toBe(200);
  expect(served.type).toBe('image/jpeg');
  expect(served.cache).toMatch(/^private/);
  const after = await sharp(served.bytes).metadata();
  expect(after.format).toBe('jpeg');
  expect(after.exif).toBeUndefined();
  expect(after.xmp).toBeUndefined();
  expect(after.orientation).toBeUndefined();
  // Rotated by its orientation tag: 40×20 shot sideways is 20×40.
  expect([after.width, after.height]).toEqual([20, 40]);
  expect(served.bytes.includes(Buffer.from('Exif\0\0'))).toBe(false);
  expect(served.bytes.includes(Buffer.from('XiangxunTestCam'))).toBe(false);
});

test('PNG and WebP are accepted and stay in their format', async () => {
  for (const [bytes, format, ext] of [
    [await png(30, 20), 'png', 'png'],
    [await webp(30, 20), 'webp', 'webp'],
  ] as const) {
    const { fileID, url } = dataOf(await client.upload(tokens.reporter1, bytes, `x.${ext}`, `image/${format}`));
    expect(fileID.endsWith(`.${ext}`)).toBe(true);
    const served = await download(url);
    expect(served.type).toBe(`image/${format}`);
    expect(await sharp(served.bytes).metadata()).toMatchObject({ format, width: 30, height: 20 });
  }
});

test('type is judged by content: a GIF, or text named .jpg and declared image/jpeg → 415', async () => {
  const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#333' } })
    .gif()
    .toBuffer();
  const before = storedFiles().length;
  expectRefused(await client.upload(tokens.reporter1, gif, 'photo.jpg', 'image/jpeg'), 415, 'UNSUPPORTED_MEDIA_TYPE');
  expectRefused(
    await client.upload(tokens.reporter1, Buffer.from('这不是照片，只是文字。'), 'photo.jpg', 'image/jpeg'),
    415,
    'UNSUPPORTED_MEDIA_TYPE',
  );
  expect(storedFiles().length).toBe(before);
});

test('an admin uploads an .xlsx for an import and the import reads it; a reporter’s .xlsx is refused', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('新媒体').addRows([
    ['单位', '平台', '月份', '月末粉丝数', '当月阅读（播放）量'],
    ['柳塘村', '抖音', '2025-01', 321, 4567],
  ]);
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const before = storedFiles().length;
  expectRefused(await client.upload(tokens.reporter1, bytes, '新媒体.xlsx', xlsx), 415, 'UNSUPPORTED_MEDIA_TYPE');
  expect(storedFiles().length).toBe(before);
  const { fileID } = dataOf(await client.upload(tokens.admin, bytes, '新媒体.xlsx', xlsx));
  expect(fileID).toMatch(/^f_[0-9a-f]{32}\.xlsx$/);
  expect(dataOf(await client.call(tokens.admin, 'platforms', 'importMonthly', { fileID }))).toEqual({
    saved: 1,
    errors: [],
  });
  const listed = dataOf(await client.call(tokens.admin, 'platforms', 'listMonthly', { month: '2025-01' }));
  expect(listed.items).toEqual([expect.objectContaining({ platform: 'douyin', followers: 321, reads: 4567 })]);
});

test('a real photo of several MB is accepted (the 1 MB JSON limit does not apply to uploads)', async () => {
  const [width, height] = [2400, 1800];
  const noise = crypto.randomBytes(width * height * 3);
  const photo = await sharp(noise, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 95 })
    .toBuffer();
  expect(photo.length).toBeGreaterThan(3 * 1024 * 1024);
  const { url } = dataOf(await client.upload(tokens.reporter1, photo));
  expect(await sharp((await download(url)).bytes).metadata()).toMatchObject({ width, height });
});

test('over 10 MB → 413', async () => {
  const big = Buffer.concat([await jpeg(), crypto.randomBytes(11 * 1024 * 1024)]);
  expectRefused(await client.upload(tokens.reporter1, big), 413, 'PAYLOAD_TOO_LARGE');
});

test('a header claiming 10000×10000 pixels → 413 before any decoding', async () => {
  const answer = await client.upload(tokens.reporter1, pngHeader(10_000, 10_000), 'huge.png', 'image/png');
  expectRefused(answer, 413, 'PAYLOAD_TOO_LARGE');
  expect(errorOf(answer).details).toMatchObject({ width: 10_000, height: 10_000 });
});

test('exactly at the pixel limit is not refused for its size (it fails later only because it has no pixels)', async () => {
  // 8000 × 5000 = 40 MP: passes the size check, then the missing pixel data makes it undecodable (400).
  expectRefused(
    await client.upload(tokens.reporter1, pngHeader(8000, 5000), 'edge.png', 'image/png'),
    400,
    'INVALID_ARGUMENT',
  );
});

test('empty, truncated or undecodable → 400', async () => {
  const real = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#2a6' } })
    .jpeg()
    .toBuffer();
  const before = storedFiles().length;
  expectRefused(await client.upload(tokens.reporter1, Buffer.alloc(0)), 400, 'INVALID_ARGUMENT');
  expectRefused(
    await client.upload(tokens.reporter1, real.subarray(0, Math.floor(real.length / 2))),
    400,
    'INVALID_ARGUMENT',
  );
  expectRefused(await client.upload(tokens.reporter1, real.subarray(0, 10)), 400, 'INVALID_ARGUMENT');
  expectRefused(
    await client.upload(tokens.reporter1, Buffer.concat([real.subarray(0, 200), crypto.randomBytes(3000)])),
    400,
    'INVALID_ARGUMENT',
  );
  expect(storedFiles().length).toBe(before);
});

test('uploads need a valid token, the field `file` and a multipart body', async () => {
  expectRefused(await client.upload(undefined, await jpeg()), 401, 'UNAUTHENTICATED');
  // Refused before the body is read, even when the body is large.
  expectRefused(await client.upload(undefined, crypto.randomBytes(11 * 1024 * 1024)), 401, 'UNAUTHENTICATED');
  expectRefused(await client.upload('not-a-token', await jpeg()), 401, 'UNAUTHENTICATED');
  expectRefused(
    await client.upload(tokens.reporter1, await jpeg(), 'a.jpg', 'image/jpeg', 'photo'),
    400,
    'INVALID_ARGUMENT',
  );
  expectRefused(await client.postJson('/api/files', { file: 'x' }, tokens.reporter1), 415, 'UNSUPPORTED_MEDIA_TYPE');
});

describe('signed URLs', () => {
  let fileID: string;
  let url: string;
  beforeAll(async () => {
    ({ fileID, url } = dataOf(await client.upload(tokens.reporter1, await jpeg())));
  });

  test('the URL carries its expiry ten minutes ahead and works', async () => {
    const exp = Number(new URL(url, env.host.url).searchParams.get('exp'));
    const now = Math.floor(env.host.clock.now().getTime() / 1000);
    expect(exp).toBeGreaterThan(now + 590);
    expect(exp).toBeLessThanOrEqual(now + 601);
    expect((await download(url)).status).toBe(200);
  });

  test('without its query, with a tampered signature or expiry → 403', async () => {
    const parsed = new URL(url, env.host.url);
    const sig = parsed.searchParams.get('sig') as string;
    const exp = parsed.searchParams.get('exp') as string;
    const flipped = (sig[0] === 'a' ? 'b' : 'a') + sig.slice(1);
    for (const bad of [
      `/files/${fileID}`,
      `/files/${fileID}?exp=${exp}`,
      `/files/${fileID}?exp=${exp}&sig=${flipped}`,
      `/files/${fileID}?exp=${Number(exp) + 3600}&sig=${sig}`,
      `/files/${fileID.replace(/^f_(.)/, (_m, c: string) => `f_${c === '0' ? '1' : '0'}`)}?exp=${exp}&sig=${sig}`,
    ]) {
      const answer = await client.request(bad);
      expect(answer.status).toBe(403);
      expect(errorOf(answer).code).toBe('PERMISSION_DENIED');
    }
  });

  test('an expired but genuinely signed URL → 403', async () => {
    const exp = Math.floor(env.host.clock.now().getTime() / 1000) - 5;
    const sig = crypto.createHmac('sha256', env.host.keys().fileUrl).update(`${fileID}\n${exp}`).digest('hex');
    const answer = await client.request(`/files/${fileID}?exp=${exp}&sig=${sig}`);
    expect(answer.status).toBe(403);
    // The same signing, still in date, is accepted: the 403 above is the expiry alone.
    const later = Math.floor(env.host.clock.now().getTime() / 1000) + 60;
    const good = crypto.createHmac('sha256', env.host.keys().fileUrl).update(`${fileID}\n${later}`).digest('hex');
    expect((await download(`/files/${fileID}?exp=${later}&sig=${good}`)).status).toBe(200);
  });
});

describe('stored files are immutable (DESIGN 4.5)', () => {
  function uploadWithKey(token: string | undefined, key: string, bytes: Buffer): Promise<Answer> {
    const form = new FormData();
    form.append('key', key);
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), 'photo.jpg');
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    return client.request('/api/files', { method: 'POST', headers, body: form });
  }

  test('the same upload key with the same bytes → the same fileID, nothing rewritten', async () => {
    const bytes = await jpeg(32, 24);
    const first = dataOf(await uploadWithKey(tokens.reporter1, 'draft-1-photo-0', bytes));
    const again = dataOf(await uploadWithKey(tokens.reporter1, 'draft-1-photo-0', bytes));
    expect(again.fileID).toBe(first.fileID);
  });

  test('the same upload key with different bytes → 409 CONFLICT, the stored photo unchanged', async () => {
    const original = await jpeg(32, 24);
    const { fileID, url } = dataOf(await uploadWithKey(tokens.reporter1, 'draft-2-photo-0', original));
    const before = (await download(url)).bytes;
    const swapped = await uploadWithKey(tokens.reporter1, 'draft-2-photo-0', await png(50, 20));
    expectRefused(swapped, 409, 'CONFLICT');
    const swappedJpeg = await uploadWithKey(tokens.reporter1, 'draft-2-photo-0', await jpeg(64, 24));
    expectRefused(swappedJpeg, 409, 'CONFLICT');
    const after = dataOf(await uploadWithKey(tokens.reporter1, 'draft-2-photo-0', original));
    expect(after.fileID).toBe(fileID);
    expect((await download(after.url)).bytes.equals(before)).toBe(true);
  });
});

describe('a refused upload reaches the client as an answer, not a reset', () => {
  /** Sends a multipart body of `size` bytes in small pieces, as a phone on a slow link does, and reads the answer. */
  function slowUpload(token: string | undefined, size: number, agent?: http.Agent): Promise<Answer> {
    const url = new URL(env.host.url);
    const boundary = 'xiangxunslowupload';
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
    );
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const body = Buffer.concat([head, crypto.randomBytes(size), tail]);
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          path: '/api/files',
          method: 'POST',
          agent,
          headers: {
            'content-type': `multipart/form-data; boundary=${boundary}`,
            'content-length': String(body.length),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
              headers: new Headers(),
            }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      let sent = 0;
      const piece = 64 * 1024;
      const next = () => {
        if (sent >= body.length) return void req.end();
        const chunk = body.subarray(sent, sent + piece);
        sent += chunk.length;
        if (req.write(chunk)) setTimeout(next, 1);
        else req.once('drain', next);
      };
      next();
    });
  }

  test('a large photo sent slowly without a token → the 401 envelope, not a connection reset', async () => {
    expectRefused(await slowUpload(undefined, 4 * 1024 * 1024), 401, 'UNAUTHENTICATED');
  });

  test('the body is read to its end before the answer: the same connection serves the next request', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      expectRefused(await slowUpload(undefined, 2 * 1024 * 1024, agent), 401, 'UNAUTHENTICATED');
      const reused = await new Promise<boolean>((resolve, reject) => {
        const url = new URL(env.host.url);
        const req = http.get({ host: url.hostname, port: url.port, path: '/healthz', agent }, (res) => {
          res.resume();
          res.on('end', () => resolve(req.reusedSocket));
        });
        req.on('error', reject);
      });
      expect(reused).toBe(true);
    } finally {
      agent.destroy();
    }
  });

  test('with a forged token too, and the host keeps serving afterwards', async () => {
    expectRefused(await slowUpload('not-a-token', 3 * 1024 * 1024), 401, 'UNAUTHENTICATED');
    expect((await client.request('/healthz')).status).toBe(200);
  });
});

const GPS_EXIF = { IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '30/1 15/1 0/1' } } as const;

async function storedAfterUpload(bytes: Buffer, ext: string, mime: string): Promise<Buffer> {
  const { fileID } = dataOf(await client.upload(tokens.reporter1, bytes, `photo.${ext}`, mime));
  return fs.readFileSync(path.join(env.host.dataDir, 'files', fileID));
}

test('issue 10: the GPS fixture is stored on disk without EXIF or GPS', async () => {
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
  const encoder = solid(30, 20)[format]();
  const original = await encoder.withExif(GPS_EXIF).withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"/>').toBuffer();
  expect(metadataIn(original).length).toBeGreaterThan(0);

  const stored = await storedAfterUpload(original, ext, mime);
  expect(metadataIn(stored)).toEqual([]);
  const after = await sharp(stored).metadata();
  expect(after.exif).toBeUndefined();
  expect(after.xmp).toBeUndefined();
});
