// Checks the size budgets stated in docs/budgets.md against the build output, printing every figure.
// Run after `build:h5`, `build:weapp` and `build:functions`; exits 1 when a budget is broken or an output is missing.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = join(__dirname, '..');
const KB = 1024;

/** Budgets in bytes; WeChat's own hard limits are 2 MB per package and 30 MB in all. */
export const BUDGETS = {
  weappMain: 800 * KB,
  weappSubpackage: 400 * KB,
  weappTotal: 2 * 1024 * KB,
  h5InitialJsGzip: 200 * KB,
  functionBundle: 400 * KB,
};

/** Subpackages allowed more than weappSubpackage, with the reason. */
const SUBPACKAGE_BUDGETS: Record<string, number> = {
  // The custom ECharts build (bar, line, pie, canvas renderer) is about 580 KB on its own.
  stats: 800 * KB,
};

function dirSize(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.size;
  return readdirSync(path).reduce((sum, name) => sum + dirSize(join(path, name)), 0);
}

function subpackageRoots(weapp: string): string[] {
  const app = JSON.parse(readFileSync(join(weapp, 'app.json'), 'utf8')) as {
    subPackages?: { root: string }[];
    subpackages?: { root: string }[];
  };
  return (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/$/, ''));
}

function h5InitialJs(h5: string): { files: string[]; gzip: number } {
  const html = readFileSync(join(h5, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g)].map((m) => m[1] as string);
  const gzip = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(h5, f))).length, 0);
  return { files, gzip };
}

const rows: { what: string; bytes: number; budget: number }[] = [];
const missing: string[] = [];
const weapp = join(ROOT, 'dist', 'weapp');
if (existsSync(join(weapp, 'app.json'))) {
  const roots = subpackageRoots(weapp);
  const total = dirSize(weapp);
  const subs = roots.map((r) => ({ root: r, bytes: dirSize(join(weapp, r)) }));
  rows.push({
    what: 'weapp main package',
    bytes: total - subs.reduce((s, p) => s + p.bytes, 0),
    budget: BUDGETS.weappMain,
  });
  for (const s of subs)
    rows.push({
      what: `weapp subpackage ${s.root}`,
      bytes: s.bytes,
      budget: SUBPACKAGE_BUDGETS[s.root] ?? BUDGETS.weappSubpackage,
    });
  rows.push({ what: 'weapp all packages', bytes: total, budget: BUDGETS.weappTotal });
} else missing.push('dist/weapp (npm run build:weapp)');

const h5 = join(ROOT, 'dist', 'h5');
if (existsSync(join(h5, 'index.html'))) {
  const { files, gzip } = h5InitialJs(h5);
  rows.push({ what: `h5 initial JS, gzip (${files.length} files)`, bytes: gzip, budget: BUDGETS.h5InitialJsGzip });
} else missing.push('dist/h5 (npm run build:h5)');

const fns = join(ROOT, 'dist', 'functions');
if (existsSync(fns)) {
  for (const name of readdirSync(fns)) {
    rows.push({
      what: `function ${name} index.js`,
      bytes: statSync(join(fns, name, 'index.js')).size,
      budget: BUDGETS.functionBundle,
    });
  }
} else missing.push('dist/functions (npm run build:functions)');

let broken = 0;
for (const r of rows) {
  const ok = r.bytes <= r.budget;
  if (!ok) broken++;
  const pct = ((r.bytes / r.budget) * 100).toFixed(0);
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${r.what.padEnd(40)} ${(r.bytes / KB).toFixed(1).padStart(8)} KB / ${(r.budget / KB).toFixed(0)} KB (${pct}%)`,
  );
}
for (const m of missing) console.log(`MISSING ${m}`);
process.exit(broken > 0 || missing.length > 0 ? 1 : 0);
