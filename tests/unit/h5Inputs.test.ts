// `npm start` skips the H5 build only when dist/h5 was built from exactly the current inputs.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { H5_STAMP, h5BuildIsFresh, h5InputsHash } from '../../scripts/h5Inputs';

let root: string;
const write = (rel: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), text);
};
const built = () => {
  write('dist/h5/index.html', '<!doctype html>');
  write(H5_STAMP, `${h5InputsHash(root)}\n`);
};

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'xiangxun-h5inputs-'));
  write('src/app.ts', 'export {}');
  write('cloudfunctions/core/vocabulary.ts', 'export const TITLE_MAX = 40;');
  write('config/index.ts', 'export default {}');
  write('package-lock.json', '{}');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

test('a build from the current inputs is fresh; none, or one without its stamp, is not', () => {
  expect(h5BuildIsFresh(root)).toBe(false);
  write('dist/h5/index.html', '<!doctype html>');
  expect(h5BuildIsFresh(root)).toBe(false);
  built();
  expect(h5BuildIsFresh(root)).toBe(true);
});

test.each([
  ['a changed app file', 'src/app.ts', 'export const x = 1'],
  ['a new app file', 'src/pages/new.tsx', 'export {}'],
  ['a changed core file the app compiles in', 'cloudfunctions/core/vocabulary.ts', 'export const TITLE_MAX = 41;'],
  ['a changed lock file', 'package-lock.json', '{"lockfileVersion":3}'],
  ['a changed babel config', 'babel.config.js', 'module.exports = {}'],
])('%s makes the build stale', (_, rel, text) => {
  built();
  write(rel, text);
  expect(h5BuildIsFresh(root)).toBe(false);
});

test('files the build does not read (tests, data, the host) leave it fresh', () => {
  built();
  write('tests/x.test.ts', 'test');
  write('data/xiangxun.db', 'db');
  write('cloudfunctions/host/main.ts', 'console.log(1)');
  expect(h5BuildIsFresh(root)).toBe(true);
});
