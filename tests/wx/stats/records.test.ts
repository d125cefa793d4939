// Rule versions, activities and export jobs as cloud documents, and where jobs run: within the call, since WeChat
// would freeze the function with the file half-written once it has answered.
import { WithinCallJobs } from '../../../cloudfunctions/adapters/wx/jobs';
import { WxStatsStore } from '../../../cloudfunctions/adapters/wx/stats/store';
import type { ExportJobRecord } from '../../../cloudfunctions/core/stats/records';
import { defaultRule, ruleVersions } from '../../../cloudfunctions/core/stats/rule';
import type { ActivityRecord } from '../../../cloudfunctions/core/activities/records';
import { FakeDb } from '../fakeDb';
import { account, seedBasics } from '../fixtures';

const job = (over: Partial<ExportJobRecord> = {}): ExportJobRecord => ({
  id: 'job1',
  townshipId: 't1',
  requestedBy: 'ed1',
  from: '2026-01-01',
  to: '2026-01-31',
  format: 'docx',
  key: 'docx:k',
  status: 'running',
  progress: 0,
  fileID: null,
  fileName: null,
  error: null,
  createdAt: '2026-02-01T00:00:00.000Z',
  updatedAt: '2026-02-01T00:00:00.000Z',
  ...over,
});

const training = (id: string, date: string, townshipId = 't1'): ActivityRecord => ({
  id,
  townshipId,
  kind: '业务培训',
  title: '写作',
  date,
  section: null,
  unitId: null,
  participants: 1,
  batches: 1,
  attendeeIds: ['r1'],
  speaker: '讲师',
  note: '',
  photos: [],
  createdBy: 'ed1',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});
const activity = (id: string, kind: string, unitId: string | null): ActivityRecord => ({
  ...training(id, '2026-03-01'),
  kind,
  unitId,
});

let db: FakeDb;
let store: WxStatsStore;
beforeEach(() => {
  db = new FakeDb();
  seedBasics(db, [account({ id: 'r1' }), account({ id: 'r9', townshipId: 't2' })]);
  store = new WxStatsStore(db, {});
});

it('stores rule versions per township; ruleVersions picks the later save of one date', async () => {
  const base = defaultRule('t1');
  await store.insertRule({
    ...base,
    id: 'v2',
    name: '乙',
    effectiveFrom: '2026-02-01',
    createdAt: '2026-01-20T00:00:00.000Z',
  });
  await store.insertRule({
    ...base,
    id: 'v1',
    name: '甲',
    effectiveFrom: '2026-02-01',
    createdAt: '2026-01-10T00:00:00.000Z',
  });
  await store.insertRule({
    ...base,
    id: 'x',
    townshipId: 't2',
    effectiveFrom: '2026-01-01',
    createdAt: '2026-01-01T00:00:00.000Z',
  });
  const saved = await store.listRules('t1');
  expect(saved.map((r) => r.id)).toEqual(['v1', 'v2']);
  expect(saved[1]).toEqual({
    ...base,
    id: 'v2',
    name: '乙',
    effectiveFrom: '2026-02-01',
    createdAt: '2026-01-20T00:00:00.000Z',
  });
  expect(ruleVersions('t1', saved).map((r) => r.id)).toEqual(['default', 'v2']);
});

it('lists activities newest first in pages, within a date range and the township only', async () => {
  for (const t of [
    training('a', '2026-01-05'),
    training('b', '2026-01-05'),
    training('c', '2026-02-01'),
    training('d', '2025-12-01'),
    training('z', '2026-01-09', 't2'),
  ])
    await store.saveActivity(t);
  const first = await store.listActivities({ townshipId: 't1', from: '2026-01-01', limit: 2 });
  expect(first.items.map((t) => t.id)).toEqual(['c', 'b']);
  const second = await store.listActivities({ townshipId: 't1', from: '2026-01-01', after: first.next!, limit: 2 });
  expect(second).toEqual({ items: [training('a', '2026-01-05')], next: null });
  expect(await store.getActivity('t2', 'a')).toBeNull();
  expect(await store.existingAccounts('t1', ['r1', 'r9', 'nobody'])).toEqual(new Set(['r1']));
});

it('filters activities by kind and organising unit', async () => {
  for (const a of [
    activity('k1', '宣讲', 'u1'),
    activity('k2', '宣讲', 'u2'),
    activity('k3', '业务培训', 'u1'),
    activity('k4', '宣讲', null),
  ])
    await store.saveActivity(a);
  const ids = async (q: { kind?: string; unitId?: string }) =>
    (await store.listActivities({ townshipId: 't1', limit: 10, ...q })).items.map((a) => a.id);
  expect(await ids({ kind: '宣讲' })).toEqual(['k4', 'k2', 'k1']);
  expect(await ids({ unitId: 'u1' })).toEqual(['k3', 'k1']);
  expect(await ids({ kind: '宣讲', unitId: 'u1' })).toEqual(['k1']);
});

it('lists a year’s work plan by due month, then title, in the township only', async () => {
  const task = (id: string, title: string, dueMonth: number, year = 2026, townshipId = 't1') => ({
    id,
    townshipId,
    year,
    title,
    ownerUnitId: null,
    dueMonth,
    status: 'pending' as const,
    note: '',
    noteDate: '2026-01-02',
    createdBy: 'ed1',
    createdAt: '2026-01-02T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
  });
  for (const t of [
    task('w1', '乙', 9),
    task('w2', '甲', 3),
    task('w3', '丙', 3),
    task('w4', '明年', 1, 2027),
    task('w5', '别镇', 1, 2026, 't2'),
  ])
    await store.saveWorkTask(t);
  expect((await store.listWorkTasks('t1', 2026)).map((t) => t.id)).toEqual(['w3', 'w2', 'w1']);
  expect(await store.getWorkTask('t1', 'w2')).toEqual(task('w2', '甲', 3));
  expect(await store.getWorkTask('t1', 'w5')).toBeNull();
});

it('finds a running job or a recent done one by key, never an old or failed one', async () => {
  await store.insertExportJob(job({ id: 'old', status: 'done', updatedAt: '2026-01-01T00:00:00.000Z' }));
  await store.insertExportJob(job({ id: 'bad', status: 'failed' }));
  expect(await store.findExportJob('t1', 'docx:k', '2026-01-31T00:00:00.000Z')).toBeNull();
  await store.insertExportJob(job({ id: 'new', status: 'done', updatedAt: '2026-02-01T00:00:00.000Z' }));
  expect((await store.findExportJob('t1', 'docx:k', '2026-01-31T00:00:00.000Z'))?.id).toBe('new');
  expect(await store.findExportJob('t2', 'docx:k', '2026-01-31T00:00:00.000Z')).toBeNull();
});

const clock = { now: () => new Date('2026-02-01T00:00:30.000Z') };

it('a job runs within the call: start answers once the work is done', async () => {
  const steps: string[] = [];
  const outcome = await new WithinCallJobs(clock, 5_000).start('job1', async () => {
    await Promise.resolve();
    steps.push('written');
  });
  expect({ outcome, steps }).toEqual({ outcome: 'finished', steps: ['written'] });
});

it('a job still working when the budget runs out is abandoned (the core then fails it)', async () => {
  const outcome = await new WithinCallJobs(clock, 10).start('job1', () => new Promise<void>(() => undefined));
  expect(outcome).toBe('abandoned');
});

it("another call's job is alive while its record was updated within the call limit, by the clock", () => {
  const jobs = new WithinCallJobs(clock);
  expect(jobs.alive(job({ updatedAt: '2026-02-01T00:00:00.000Z' }))).toBe(true);
  expect(jobs.alive(job({ updatedAt: '2026-01-31T23:59:00.000Z' }))).toBe(false);
});
