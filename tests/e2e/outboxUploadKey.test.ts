// The outbox's deterministic upload keys on the local host: the same reporter uploading the same photo again under the
// same key (an answer lost on a weak network) gets the same fileID and never a second file; other bytes under that key
// are refused, since a stored file never changes (DESIGN 4.5); another reporter's same key is a different file, and a
// malformed key is refused.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { useTestHost } from '../support/host';
import { dataOf, errorOf, type Answer } from '../support/http';
import { solid } from '../support/images';

const env = useTestHost();
const { client } = env;

function uploadWithKey(token: string, bytes: Buffer, key: string): Promise<Answer> {
  const form = new FormData();
  form.append('key', key);
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), 'photo.jpg');
  return client.request('/api/files', { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
}

const filesOnDisk = () => readdirSync(join(env.host.dataDir, 'files')).filter((f) => !f.endsWith('.tmp'));

it('a repeated upload under the same key keeps the one file; other bytes under it are refused', async () => {
  const token = await client.token('reporter1');
  const before = filesOnDisk().length;
  const key = '0b7c8a2e-3f4d-4c6b-9a1e-2d3c4b5a6f70-0';
  const photo = await solid(320, 240, '#2e86de').jpeg().toBuffer();
  const first = dataOf(await uploadWithKey(token, photo, key));
  const again = dataOf(await uploadWithKey(token, photo, key));
  expect(again.fileID).toBe(first.fileID);
  expect(filesOnDisk().length).toBe(before + 1);
  const swapped = errorOf(await uploadWithKey(token, await solid(640, 480, '#2e86de').jpeg().toBuffer(), key));
  expect(swapped.code).toBe('CONFLICT');

  const lead = dataOf(
    await client.call(token, 'leads', 'submit', {
      clientId: '0b7c8a2e-3f4d-4c6b-9a1e-2d3c4b5a6f70',
      title: '重复上传只留一张',
      body: '同一张照片上传两次',
      category: '其他',
      photos: [again.fileID],
    }),
  );
  expect(lead.photos).toHaveLength(1);
  // The first version is what is stored, whatever came later under its key.
  const res = await fetch(env.host.url + lead.photos[0].url);
  expect(res.status).toBe(200);
  const { default: sharp } = await import('sharp');
  expect((await sharp(Buffer.from(await res.arrayBuffer())).metadata()).width).toBe(320);
});

it('another reporter with the same key gets a file of their own, and cannot attach the first one', async () => {
  const [one, two] = [await client.token('reporter1'), await client.token('reporter2')];
  const photo = await solid(64, 48).jpeg().toBuffer();
  const a = dataOf(await uploadWithKey(one, photo, 'same-key'));
  const b = dataOf(await uploadWithKey(two, photo, 'same-key'));
  expect(b.fileID).not.toBe(a.fileID);
  const stolen = await client.call(two, 'leads', 'submit', {
    clientId: '1b7c8a2e-3f4d-4c6b-9a1e-2d3c4b5a6f71',
    title: '借用别人的照片',
    body: '不应成功',
    category: '其他',
    photos: [a.fileID],
  });
  expect(stolen.body.ok).toBe(false);
});

it('refuses a key with characters that are not letters, digits, - or _', async () => {
  const token = await client.token('reporter1');
  const answer = await uploadWithKey(token, await solid(64, 48).jpeg().toBuffer(), '../etc/passwd');
  expect(answer.status).toBe(400);
  expect(errorOf(answer).code).toBe('INVALID_ARGUMENT');
});
