// npm run backup's core: a copy of a live DATA_DIR taken while leads with photos keep arriving, restored as the
// DATA_DIR of a new host, holds every lead acknowledged before the copy began, and every photo of every lead it holds.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import sharp from 'sharp';
import { backupDataDir } from '../../cloudfunctions/adapters/local/backup';
import { SECRET_FILE } from '../../cloudfunctions/host/secret';
import { Client, dataOf } from '../support/http';
import { makeDataDir, startTestHost, type TestHost } from '../support/host';
import { solid } from '../support/images';
import { leadPayload } from '../support/leads';

let live: TestHost;
let restored: TestHost | null = null;
let target: string;

beforeAll(async () => {
  live = await startTestHost();
  target = path.join(makeDataDir(), 'copy');
});
afterAll(async () => {
  await live.destroy();
  await restored?.destroy();
  fs.rmSync(path.dirname(target), { recursive: true, force: true });
});

async function submitWithPhoto(client: Client, token: string, n: number): Promise<string> {
  const photo = await solid(80, 60, `#${(0x100000 + n * 7919).toString(16).slice(-6)}`)
    .jpeg()
    .toBuffer();
  const { fileID } = dataOf(await client.upload(token, photo));
  return dataOf(await client.call(token, 'leads', 'submit', leadPayload({ photos: [fileID] }))).id as string;
}

test('a backup taken under writes restores every acknowledged lead and every photo', async () => {
  const client = new Client(live.url);
  const token = await client.token('reporter1');
  const before: string[] = [];
  for (let n = 0; n < 8; n++) before.push(await submitWithPhoto(client, token, n));

  let writing = true;
  const during: string[] = [];
  const writer = (async () => {
    for (let n = 100; writing; n++) during.push(await submitWithPhoto(client, token, n));
  })();
  await new Promise((r) => setTimeout(r, 50));
  const summary = await backupDataDir(live.dataDir, target, [SECRET_FILE]);
  writing = false;
  await writer;
  expect(during.length).toBeGreaterThan(0); // the copy really ran beside writes

  const copy = new Database(path.join(target, 'xiangxun.db'), { readonly: true });
  const rows = copy.prepare('SELECT id, photos FROM leads').all() as { id: string; photos: string }[];
  expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
  copy.close();
  expect(rows).toHaveLength(summary.leads);
  const held = new Set(rows.map((r) => r.id));
  for (const id of before) expect(held.has(id)).toBe(true);
  for (const r of rows) {
    for (const fileID of JSON.parse(r.photos) as string[]) {
      await expect(
        sharp(path.join(target, 'files', fileID))
          .raw()
          .toBuffer(),
      ).resolves.toBeInstanceOf(Buffer);
    }
  }

  // Started as a DATA_DIR of its own, the copy serves the leads and their photos.
  restored = await startTestHost({ dataDir: target });
  const again = new Client(restored.url);
  const editor = await again.token('editor');
  for (const id of before) {
    const lead = dataOf(await again.call(editor, 'leads', 'get', { id }));
    const res = await fetch(restored.url + lead.photos[0].url);
    expect(res.status).toBe(200);
    await expect(sharp(Buffer.from(await res.arrayBuffer())).metadata()).resolves.toMatchObject({ format: 'jpeg' });
  }
  expect(fs.readdirSync(path.join(target, 'files')).length).toBe(summary.files);
});

test('refuses to write over an existing database', async () => {
  const again = path.join(path.dirname(target), 'again');
  await backupDataDir(live.dataDir, again);
  await expect(backupDataDir(live.dataDir, again)).rejects.toThrow('目标目录已有数据库');
});
