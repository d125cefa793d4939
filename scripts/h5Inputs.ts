// What the H5 build is made from, hashed: `npm start` rebuilds dist/h5 only when this hash changes, so a second
// start on an unchanged checkout serves the existing build within seconds instead of rebuilding for minutes.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Folders and files the build reads: the app, the core it compiles in, its config and the locked toolchain. */
export const H5_INPUTS = [
  'src',
  'cloudfunctions/core',
  'config',
  'package-lock.json',
  'babel.config.js',
  'tsconfig.json',
];

/** Where the hash of the inputs dist/h5 was built from is kept, beside the build (a build wipes dist/h5). */
export const H5_STAMP = 'dist/h5.inputs';

function files(root: string, rel: string): string[] {
  const full = path.join(root, rel);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [rel];
  return readdirSync(full)
    .sort()
    .flatMap((name) => files(root, path.posix.join(rel, name)));
}

/** One hash over every input file's path and bytes, in a fixed order. */
export function h5InputsHash(root: string): string {
  const hash = createHash('sha256');
  for (const rel of H5_INPUTS.flatMap((input) => files(root, input))) {
    hash
      .update(rel)
      .update('\0')
      .update(readFileSync(path.join(root, rel)))
      .update('\0');
  }
  return hash.digest('hex');
}

/** Whether dist/h5 exists and was built from exactly these inputs. */
export function h5BuildIsFresh(root: string, hash: string = h5InputsHash(root)): boolean {
  const stamp = path.join(root, H5_STAMP);
  return (
    existsSync(path.join(root, 'dist/h5/index.html')) &&
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8').trim() === hash
  );
}
