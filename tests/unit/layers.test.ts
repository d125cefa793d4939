// The layers' import rules, checked by reading the sources: the app reaches the core only through its entry points.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Every module specifier a file imports or re-exports from. */
function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'";]*?from\s+'([^']+)'/g)].map((m) => m[1]!);
}

function offenders(dir: string, bad: (spec: string) => boolean): string[] {
  return sourceFiles(join(ROOT, dir)).flatMap((file) =>
    specifiers(file)
      .filter(bad)
      .map((spec) => `${relative(ROOT, file)} → ${spec}`),
  );
}

it('the app imports the core only through @core, @core/{vocabulary,photoMetadata,stats,trainings,activities} and @api', () => {
  expect(offenders('src', (spec) => spec.includes('cloudfunctions/'))).toEqual([]);
});

/** The file's code without comments, so a comment may explain what the code must not do. */
function code(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const NODE_BUILTINS = [
  'fs',
  'path',
  'os',
  'crypto',
  'util',
  'stream',
  'events',
  'http',
  'https',
  'zlib',
  'child_process',
];
const PLATFORM = [
  { what: 'a Node builtin', pattern: new RegExp(`from '(node:[\\w/]+|${NODE_BUILTINS.join('|')})'`) },
  { what: 'require()', pattern: /\brequire\(/ },
  { what: 'Buffer', pattern: /\bBuffer\b/ },
  { what: 'process', pattern: /\bprocess\./ },
  { what: 'timers (process-held state)', pattern: /\b(setTimeout|setInterval|setImmediate)\b/ },
  { what: 'the wall clock instead of ctx.clock', pattern: /new Date\(\)|Date\.now\(\)/ },
];

it('the core is pure: no Node builtins, Buffer, process, timers or wall clock (the Clock and Jobs ports have them)', () => {
  const found = sourceFiles(join(ROOT, 'cloudfunctions/core')).flatMap((file) =>
    PLATFORM.filter(({ pattern }) => pattern.test(code(file))).map(({ what }) => `${relative(ROOT, file)}: ${what}`),
  );
  expect(found).toEqual([]);
});

it('the purity check catches what it is meant to catch', () => {
  const caught = (text: string) => PLATFORM.filter(({ pattern }) => pattern.test(text)).map(({ what }) => what);
  expect(caught("import crypto from 'node:crypto';")).toEqual(['a Node builtin']);
  expect(caught("import { readFileSync } from 'fs';")).toEqual(['a Node builtin']);
  expect(caught("Buffer.from('x').toString('base64url')")).toEqual(['Buffer']);
  expect(caught('const at = new Date();')).toEqual(['the wall clock instead of ctx.clock']);
  expect(caught('setTimeout(resolve, 50)')).toEqual(['timers (process-held state)']);
  expect(caught('new Date(input.from)')).toEqual([]);
});

/** Where a relative import of `file` lands, relative to the repository root. */
function landing(file: string, spec: string): string {
  return spec.startsWith('.') ? relative(ROOT, join(file, '..', spec)) : spec;
}

function crossings(fromDir: string, forbidden: string[]): string[] {
  return sourceFiles(join(ROOT, fromDir)).flatMap((file) =>
    specifiers(file)
      .map((spec) => landing(file, spec))
      .filter((target) => forbidden.some((dir) => target.startsWith(dir)))
      .map((target) => `${relative(ROOT, file)} → ${target}`),
  );
}

it('neither adapter reaches into the other; shared code (Word, Excel, passwords) belongs to neither', () => {
  expect(crossings('cloudfunctions/adapters/wx', ['cloudfunctions/adapters/local'])).toEqual([]);
  expect(crossings('cloudfunctions/adapters/local', ['cloudfunctions/adapters/wx'])).toEqual([]);
  expect(crossings('cloudfunctions/shared', ['cloudfunctions/adapters', 'cloudfunctions/host'])).toEqual([]);
});

it('the core depends on nothing outside it', () => {
  const outside = ['adapters', 'host', 'functions', 'shared'].map((dir) => `cloudfunctions/${dir}`).concat('src');
  expect(crossings('cloudfunctions/core', outside)).toEqual([]);
});
