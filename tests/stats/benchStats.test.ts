// `npm run bench` ends with bench/stats.ts, whose hand-written SQL is the floor the statistics store is measured
// against. It is not part of the suite, so a schema change once broke it unseen (it still read a `trainings` table):
// on a small database, the hand-written query must run and agree with the store.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

jest.setTimeout(120_000);

it('bench/stats.ts runs, and its hand-written query agrees with the store', () => {
  const root = join(__dirname, '..', '..');
  const out = execFileSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'bench', 'stats.ts')], {
    cwd: root,
    env: { ...process.env, BENCH_STATS_LEADS: '400', BENCH_STATS_PUBLICATIONS: '80', BENCH_AGREE_ONLY: '1' },
    encoding: 'utf8',
  });
  expect(out).toContain('the hand-written query and the store agree');
});
