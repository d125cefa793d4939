// The local host's Jobs: an export outlives the call that started it, and a restart leaves its record orphaned.
import { InProcessJobs } from '../../cloudfunctions/adapters/local/jobs';

function deferred() {
  let resolve = () => undefined as void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const record = (id: string) => ({ id, updatedAt: '2026-03-01T00:00:00.000Z' });

it('answers finished when the work ends within the wait', async () => {
  const jobs = new InProcessJobs();
  expect(await jobs.start('a', async () => undefined, 60_000)).toBe('finished');
  expect(jobs.alive(record('a'))).toBe(false);
});

it('answers running when the work goes on, keeps it alive until it ends, and lets a later call wait for it', async () => {
  const jobs = new InProcessJobs();
  const gate = deferred();
  expect(await jobs.start('b', () => gate.promise, 1)).toBe('running');
  expect(jobs.alive(record('b'))).toBe(true);
  gate.resolve();
  await jobs.wait('b', 60_000);
  expect(jobs.alive(record('b'))).toBe(false);
});

it('a failing job ends like any other (the core records the failure)', async () => {
  const jobs = new InProcessJobs();
  expect(await jobs.start('c', async () => Promise.reject(new Error('disk full')), 60_000)).toBe('finished');
  expect(jobs.alive(record('c'))).toBe(false);
});

it('a job of an earlier process is not alive here', () => {
  expect(new InProcessJobs().alive(record('from-before-the-restart'))).toBe(false);
});
