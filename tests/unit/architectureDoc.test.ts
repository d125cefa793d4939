// The newcomer's docs name real files and real commands: a rename that forgets docs/architecture.md fails here.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const DOCS = ['docs/architecture.md', 'README.md'];
// Paths in the docs are written from the repository root or from cloudfunctions/ ("core/…", "adapters/…").
const BASES = ['', 'cloudfunctions/'];
// The worked examples create these; placeholders stand for any name; tests/contract/ is announced as coming.
const NOT_YET = [/invites/, /[<*…]/, /^tests\/contract\/$/];

/** Backticked tokens that look like a file or folder of the repository (a bare `leads/` is too vague to check). */
function namedPaths(text: string): string[] {
  const tokens = [...text.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]!);
  return tokens.filter((t) => /^[a-z][\w.-]*(\/[\w.-]+)+\/?$/i.test(t) && /(\.(tsx?|md|js)|\/)$/.test(t));
}

it.each(DOCS)('every path %s names exists', (doc) => {
  const missing = namedPaths(read(doc))
    .filter((p) => !NOT_YET.some((r) => r.test(p)))
    .filter((p) => !BASES.some((base) => existsSync(join(ROOT, base, p))));
  expect(missing).toEqual([]);
});

it.each(DOCS)('every `npm run` command %s names is a script of package.json', (doc) => {
  const scripts = Object.keys(JSON.parse(read('package.json')).scripts as Record<string, string>);
  const named = [...read(doc).matchAll(/npm run ([\w-]+(?::[\w-]+)?)/g)].map((m) => m[1]!);
  expect(named.length).toBeGreaterThan(0);
  expect(named.filter((n) => !scripts.includes(n))).toEqual([]);
});

it('the README sends a newcomer to documents inside the repository', () => {
  const readme = read('README.md');
  expect(readme).not.toMatch(/\.\.\/shared\//);
  for (const doc of ['docs/architecture.md', 'docs/contracts.md', 'docs/api.md']) {
    expect(readme).toContain(`](${doc})`);
    expect(existsSync(join(ROOT, doc))).toBe(true);
  }
});
