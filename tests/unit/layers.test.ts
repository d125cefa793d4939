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
    specifiers(file).filter(bad).map((spec) => `${relative(ROOT, file)} → ${spec}`),
  );
}

it('the app imports the core only through @core, @core/vocabulary, @core/stats, @core/trainings and @api', () => {
  expect(offenders('src', (spec) => spec.includes('cloudfunctions/'))).toEqual([]);
});
