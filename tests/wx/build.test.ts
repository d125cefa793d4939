// The WeChat bundles: one folder per function with index.js, a package.json pinning wx-server-sdk and config.json;
// each bundle is loaded in a plain Node process with the SDK double standing in for wx-server-sdk.
import { CALL_LIMIT_MS } from '../../cloudfunctions/adapters/wx/jobs';
import { execFileSync } from 'child_process';
import { build } from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { DEPLOYMENT, NODE_RUNTIME } from '../../cloudfunctions/functions/deployment';
import { FUNCTIONS } from '../../cloudfunctions/functions/index';
import { buildSetupFunction } from '../../scripts/deploy';
import { functionReportLines } from '../../scripts/functionReport';
import {
  buildFunctions,
  MAX_BUNDLE_BYTES,
  WX_SERVER_SDK_VERSION,
  type BuiltFunction,
} from '../../scripts/build-functions';

let out: string;
let built: BuiltFunction[];

/** The SDK double compiled to CommonJS, exporting one FakeCloud whose database holds a bound editor. */
async function writeSdkStub(root: string): Promise<void> {
  const dir = join(root, 'node_modules', 'wx-server-sdk');
  mkdirSync(dir, { recursive: true });
  const contents = `
    import { FakeCloud } from ${JSON.stringify(resolve(__dirname, 'fakeCloud.ts'))};
    const cloud = new FakeCloud();
    cloud.db.table('townships').set('t1', { _id: 't1', name: '示范镇', categories: ['其他'], timezone: 'Asia/Shanghai' });
    cloud.db.table('accounts').set('ed1', { _id: 'ed1', townshipId: 't1', unitId: null, role: 'editor', name: '编辑甲',
      phone: null, username: null, passwordHash: null, openid: 'o-editor', active: true, createdAt: '2024-01-01T00:00:00.000Z' });
    export default cloud;`;
  await build({
    stdin: { contents, resolveDir: __dirname, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: join(dir, 'fake.js'),
    logLevel: 'error',
  });
  writeFileSync(join(dir, 'index.js'), "module.exports = require('./fake.js').default;\n");
}

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'xx-functions-'));
  built = await buildFunctions(join(out, 'functions'));
  await writeSdkStub(out);
}, 120_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

it('builds one folder per function of the FUNCTIONS table, each under 1 MB', () => {
  expect(built.map((b) => b.name).sort()).toEqual(Object.keys(FUNCTIONS).sort());
  for (const fn of built) {
    expect(existsSync(join(fn.dir, 'index.js'))).toBe(true);
    expect(fn.bytes).toBeGreaterThan(1000);
    expect(fn.bytes).toBeLessThan(MAX_BUNDLE_BYTES);
  }
});

it('pins wx-server-sdk in package.json and keeps it out of the bundle', () => {
  expect(WX_SERVER_SDK_VERSION).toBe('4.0.2');
  for (const fn of built) {
    const pkg = JSON.parse(readFileSync(join(fn.dir, 'package.json'), 'utf8'));
    expect(pkg).toMatchObject({ name: fn.name, main: 'index.js', dependencies: { 'wx-server-sdk': '4.0.2' } });
    const code = readFileSync(join(fn.dir, 'index.js'), 'utf8');
    expect(code).toContain('require("wx-server-sdk")');
    expect(code).not.toContain('tcb-admin-node'); // the real SDK's insides
  }
});

it('writes config.json with the open API permissions of each function', () => {
  for (const fn of built) {
    const config = JSON.parse(readFileSync(join(fn.dir, 'config.json'), 'utf8'));
    expect(Array.isArray(config.permissions.openapi)).toBe(true);
  }
  const leads = JSON.parse(readFileSync(join(out, 'functions', 'leads', 'config.json'), 'utf8'));
  expect(leads.permissions.openapi).toEqual(expect.arrayContaining(['security.msgSecCheck', 'subscribeMessage.send']));
});

it('declares every function’s timeout, memory and runtime; only the stats function carries the exporters', () => {
  const byName = Object.fromEntries(built.map((b) => [b.name, b]));
  const config = (name: string) => JSON.parse(readFileSync(join(out, 'functions', name, 'config.json'), 'utf8'));
  // The export jobs rely on it: no call works on a job longer than the stats function's timeout (adapters/wx/jobs.ts).
  expect(config('stats').timeout * 1000).toBe(CALL_LIMIT_MS);
  for (const fn of built) {
    expect(DEPLOYMENT[fn.name]).toBeDefined();
    const d = DEPLOYMENT[fn.name]!;
    expect(config(fn.name)).toMatchObject({
      timeout: d.timeoutSeconds,
      memorySize: d.memoryMB,
      runtime: NODE_RUNTIME.name,
    });
    // WeChat's default of 3 s is too short for any action that writes (docs/wechat.md).
    expect(config(fn.name).timeout).toBeGreaterThan(3);
  }
  const report = functionReportLines(built, MAX_BUNDLE_BYTES).join('\n');
  for (const fn of built)
    expect(report).toMatch(new RegExp(`${fn.name}\\s+[\\d.]+ KB\\s+${DEPLOYMENT[fn.name]!.timeoutSeconds} s`));
  expect(report).toContain('subscribeMessage.send');
  // The Word writer's own marker: in the stats bundle, never in the bundles reporters call all day.
  const marker = 'wordprocessingml';
  expect(readFileSync(join(byName.stats!.dir, 'index.js'), 'utf8')).toContain(marker);
  // The record-keeping functions run on the records store alone (adapters/wx/stats/recordsStore.ts).
  for (const name of ['accounts', 'leads', 'articles', 'trainings', 'activities', 'workPlan', 'platforms']) {
    expect(readFileSync(join(byName[name]!.dir, 'index.js'), 'utf8')).not.toContain(marker);
    expect(byName[name]!.bytes).toBeLessThan(100 * 1024);
  }
});

it('loads every bundle in plain Node with the SDK double and answers through exports.main', () => {
  const script = `
    const sdk = require('wx-server-sdk');
    const names = ${JSON.stringify(Object.keys(FUNCTIONS))};
    (async () => {
      const result = { mains: {} };
      for (const name of names) result.mains[name] = typeof require('./functions/' + name).main;
      sdk.context = { OPENID: 'o-stranger' };
      result.unbound = await require('./functions/leads').main({ action: 'mine', userInfo: { openId: 'o-editor' } }, {});
      sdk.context = { OPENID: 'o-editor' };
      result.me = await require('./functions/accounts').main({ action: 'me', userInfo: { openId: 'o-editor' } }, {});
      result.queue = await require('./functions/leads').main({ action: 'queue' }, {});
      result.envs = sdk.initCalls.map((c) => c.env === sdk.DYNAMIC_CURRENT_ENV);
      console.log(JSON.stringify(result));
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const stdout = execFileSync(process.execPath, ['-e', script], { cwd: out, encoding: 'utf8', timeout: 30_000 });
  const result = JSON.parse(stdout.trim().split('\n').pop()!);
  expect(Object.values(result.mains)).toEqual(Object.keys(FUNCTIONS).map(() => 'function'));
  expect(result.unbound).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  expect(result.me).toMatchObject({
    ok: true,
    data: { id: 'ed1', name: '编辑甲', role: 'editor', townshipName: '示范镇' },
  });
  expect(result.queue).toEqual({ ok: true, data: { items: [], nextCursor: null } });
  // One lazy init per bundle (accounts and leads were called), each with the dynamic environment.
  expect(result.envs).toEqual([true, true]);
});

it('bundles the setup function the deploy uploads, and it creates the missing collections from the console', async () => {
  const setup = await buildSetupFunction(join(out, 'functions'));
  expect(readFileSync(join(setup.dir, 'config.json'), 'utf8')).toContain('"timeout": 20');
  const script = `
    const sdk = require('wx-server-sdk');
    (async () => {
      sdk.context = {};
      const first = await require('./functions/setup').main({}, {});
      sdk.context = { OPENID: 'o-editor' };
      const phone = await require('./functions/setup').main({}, {});
      console.log(JSON.stringify({ created: first.data.created.length, existing: first.data.existing, phone }));
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const stdout = execFileSync(process.execPath, ['-e', script], { cwd: out, encoding: 'utf8', timeout: 30_000 });
  const result = JSON.parse(stdout.trim().split('\n').pop()!);
  expect(result.existing).toEqual(['townships', 'accounts']);
  expect(result.created).toBeGreaterThan(8);
  expect(result.phone).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } });
});
