// DATA_DIR across restarts, when the demo is (not) seeded, and the real entry point (host/main.ts).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { LocalStore } from '../../cloudfunctions/adapters/local/store';
import { newTownship } from '../../cloudfunctions/core/accounts/records';
import { readSettings } from '../../cloudfunctions/host/settings';
import { Client, dataOf } from '../support/http';
import { jpeg } from '../support/images';
import { countMine, leadPayload } from '../support/leads';
import { makeDataDir, startTestHost, type TestHost } from '../support/host';

const ROOT = path.resolve(__dirname, '../..');
const cleanup: TestHost[] = [];
afterAll(async () => {
  for (const h of cleanup) await h.destroy();
});

test('data, photos and tokens survive a restart on the same DATA_DIR, and the demo is not seeded twice', async () => {
  let host = await startTestHost();
  cleanup.push(host);
  expect(host.seeded).toMatchObject({ leads: expect.any(Number), articles: expect.any(Number) });
  expect(host.seeded!.units).toBeGreaterThanOrEqual(6);
  let client = new Client(host.url);
  const token = await client.token('reporter1');
  const photo = dataOf(await client.upload(token, await jpeg()));
  const lead = dataOf(await client.call(token, 'leads', 'submit', leadPayload({ photos: [photo.fileID] })));
  const count = await countMine(client, token);
  const accounts = (await client.all(await client.token('admin'), 'accounts', 'list')).length;

  host = await host.restart();
  cleanup.push(host);
  expect(host.seeded).toBeNull();
  client = new Client(host.url);
  // The secret in DATA_DIR/secret signs the same way after the restart: the old token still works.
  const again = dataOf(await client.call(token, 'leads', 'get', { id: lead.id }));
  expect(again).toMatchObject({ id: lead.id, title: lead.title, status: 'submitted' });
  expect((await fetch(host.url + again.photos[0].url)).status).toBe(200);
  expect(await countMine(client, token)).toBe(count);
  expect((await client.all(await client.token('admin'), 'accounts', 'list')).length).toBe(accounts);
});

test('the secret file is private to its owner', async () => {
  const host = await startTestHost({ demo: false });
  cleanup.push(host);
  const mode = fs.statSync(path.join(host.dataDir, 'secret')).mode & 0o777;
  expect(mode).toBe(0o600);
});

test('demo off starts without demo data: only the first admin, with a one-time password', async () => {
  const host = await startTestHost({ demo: false });
  cleanup.push(host);
  expect(host.seeded).toBeNull();
  expect((await new Client(host.url).login('admin')).status).toBe(401);
  expect((await new Client(host.url).login('editor')).status).toBe(401);
  expect((await new Client(host.url).login('admin', host.initialAdmin?.password)).status).toBe(200);
});

test('a database that already holds data is never seeded', async () => {
  const dataDir = makeDataDir();
  const store = LocalStore.open(dataDir);
  store.insertTownship({ ...newTownship('t_other', '别的镇'), categories: ['其他'] });
  store.close();

  const host = await startTestHost({ dataDir, demo: true });
  cleanup.push(host);
  expect(host.seeded).toBeNull();
  expect((await new Client(host.url).login('admin')).status).toBe(401);
  const check = LocalStore.open(dataDir);
  expect(check.db.prepare('SELECT count(*) AS n FROM leads').get()).toEqual({ n: 0 });
  expect(await check.getTownship('t_demo')).toBeNull();
  check.close();
});

test('settings: PORT, DATA_DIR, --no-demo and DEMO=0', () => {
  expect(readSettings({}, [], '/srv')).toMatchObject({
    port: 8787,
    dataDir: '/srv/data',
    demo: true,
    host: '127.0.0.1',
  });
  expect(readSettings({ PORT: '9000', DATA_DIR: '/tmp/x' }, [], '/srv')).toMatchObject({
    port: 9000,
    dataDir: '/tmp/x',
  });
  expect(readSettings({}, ['--no-demo']).demo).toBe(false);
  expect(readSettings({ DEMO: '0' }, []).demo).toBe(false);
  expect(readSettings({ DEMO: '1' }, []).demo).toBe(true);
  expect(() => readSettings({ PORT: 'eighty' }, [])).toThrow('PORT');
});

/** Runs host/main.ts as `npm run serve` would and resolves with its first lines of output. */
function runMain(env: Record<string, string>, args: string[]): Promise<{ output: string; stop: () => Promise<void> }> {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'cloudfunctions/host/main.ts', ...args],
    {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`main.ts did not start: ${output}`));
    }, 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/演示账号|未加载演示数据|启动失败/.test(output)) {
        clearTimeout(timer);
        resolve({ output, stop });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
  });
}

test('host/main.ts starts with --no-demo on an empty DATA_DIR and prints its URL', async () => {
  const dataDir = makeDataDir();
  const { output, stop } = await runMain({ PORT: '0', DATA_DIR: dataDir }, ['--no-demo']);
  try {
    const url = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(output)?.[1];
    expect(url).toBeDefined();
    expect(output).toContain('未加载演示数据');
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await new Client(url as string).login('admin')).status).toBe(401);
    const printed = /一次性密码：(\S+)/.exec(output)?.[1] as string;
    expect(fs.readFileSync(path.join(dataDir, 'initial-admin-password'), 'utf8').trim()).toBe(printed);
    expect((await new Client(url as string).login('admin', printed)).status).toBe(200);
  } finally {
    await stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}, 30_000);
