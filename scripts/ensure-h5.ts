// `npm start`'s first half: builds the H5 app unless dist/h5 was built from the current inputs (scripts/h5Inputs).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { H5_STAMP, h5BuildIsFresh, h5InputsHash } from './h5Inputs';

const root = path.resolve(__dirname, '..');
const hash = h5InputsHash(root);
if (h5BuildIsFresh(root, hash)) {
  console.log('H5 构建已是最新（输入未变），跳过构建。');
} else {
  // The stamp goes first: a build stopped half-way must not pass for a fresh one next time.
  rmSync(path.join(root, H5_STAMP), { force: true });
  const build = spawnSync('npm', ['run', 'build:h5'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  mkdirSync(path.dirname(path.join(root, H5_STAMP)), { recursive: true });
  writeFileSync(path.join(root, H5_STAMP), `${hash}\n`);
}
