// Builds for real phones: the minimum base library covers every API the app calls, the sitemap keeps pages out of
// search, and the ES2019 check catches newer syntax (run on the real build by npm run check:es2019 and the deploy).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { API_MIN_VERSION, compareVersions, requiredBaseLibrary } from '../../config/baseLibrary';
import { checkEs2019, filesUnder } from '../../scripts/check-es2019';

const ROOT = join(__dirname, '../..');

it('sets libVersion to at least what the called APIs need, and knows every API src calls', () => {
  const called = new Set(
    filesUnder(join(ROOT, 'src'), /\.(ts|tsx)$/).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/\bTaro\.([a-zA-Z]+)/g)].map((m) => m[1]!),
    ),
  );
  const unknown = [...called].filter((api) => !(api in API_MIN_VERSION));
  expect(unknown).toEqual([]);
  const project = JSON.parse(readFileSync(join(ROOT, 'project.config.json'), 'utf8'));
  expect(compareVersions(project.libVersion, requiredBaseLibrary())).toBeGreaterThanOrEqual(0);
  expect(requiredBaseLibrary()).toBe('2.32.3');
});

it('has a sitemap that keeps every page out of WeChat search', () => {
  const sitemap = JSON.parse(readFileSync(join(ROOT, 'src/sitemap.json'), 'utf8'));
  expect(sitemap.rules).toEqual([{ action: 'disallow', page: '*' }]);
});

it('flags syntax newer than ES2019 and passes ES2019 code', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xx-es2019-'));
  try {
    mkdirSync(join(dir, 'sub'));
    writeFileSync(
      join(dir, 'ok.js'),
      'var a = { b: 1 }; var c = a && a.b; async function f() { for await (const x of []) {} }',
    );
    writeFileSync(join(dir, 'sub', 'chain.js'), 'var a = {}; var c = a?.b;');
    writeFileSync(join(dir, 'nullish.js'), 'var c = null ?? 1;');
    writeFileSync(join(dir, 'fields.js'), 'class A { x = 1 }');
    const { files, problems } = checkEs2019(dir);
    expect(files).toBe(4);
    expect(problems.map((p) => p.file).sort()).toEqual(['fields.js', 'nullish.js', join('sub', 'chain.js')]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
