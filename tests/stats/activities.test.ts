// The activity ledger through dispatch on a real SQLite file: who may record, what is refused, the filters, and
// trainings.save/list as views over the activities of kind 业务培训.
import { activitiesFunction } from '../../cloudfunctions/functions/activities';
import { trainingsFunction } from '../../cloudfunctions/functions/trainings';
import { statsFunction } from '../../cloudfunctions/functions/stats';
import { saveTraining, statsTownship, type StatsTownship } from './context';
import { sampleWorld, T } from './world';

const WORLD = { ...sampleWorld(), activities: [] };
const SEMINAR = {
  action: 'save',
  kind: '理论学习/研讨',
  title: '学习贯彻全会精神专题研讨',
  date: '2026-02-12',
  section: '理论武装',
  unitId: 'u1',
  participants: 36,
  batches: 2,
  speaker: '镇党委书记',
  note: '领导干部分两批研讨',
};

let town: StatsTownship;
beforeEach(() => {
  town = statsTownship(WORLD);
});
afterEach(() => town.close());

const rows = () => town.db.prepare('SELECT id FROM activities').all();

it('an editor records an activity and gets it back with its unit named; a reporter may not', async () => {
  const saved = await town.call(activitiesFunction, 'editor', SEMINAR);
  expect(saved.ok).toBe(true);
  expect(saved.data).toMatchObject({
    kind: '理论学习/研讨',
    participants: 36,
    batches: 2,
    section: '理论武装',
    unit: { id: 'u1', name: '西山村' },
    attendees: [],
    photos: [],
  });
  const denied = await town.call(activitiesFunction, 'reporter', SEMINAR);
  expect(denied.error.code).toBe('PERMISSION_DENIED');
  expect((await town.call(activitiesFunction, 'reporter', { action: 'list' })).error.code).toBe('PERMISSION_DENIED');
  expect(rows()).toHaveLength(1);
});

it.each([
  [{ kind: '联欢' }, '活动类型无效'],
  [{ participants: 0 }, '参加人数至少为1'],
  [{ participants: 2.5 }, '参加人数应为整数'],
  [{ batches: 0 }, '批次至少为1'],
  [{ participants: 1, attendeeIds: ['a0', 'a1'] }, '参加人数不能少于点名的参加人员'],
  [{ title: '   ' }, ''],
  [{ attendeeIds: ['a0', 'a0'] }, '参加人员不能重复'],
])('refuses %j with a Chinese message and changes nothing', async (change, message) => {
  const res = await town.call(activitiesFunction, 'editor', { ...SEMINAR, ...change });
  expect(res.error.code).toBe('INVALID_ARGUMENT');
  expect(res.error.message).toContain(message);
  expect(res.error.message).toMatch(/[\u4e00-\u9fa5]/);
  expect(rows()).toHaveLength(0);
});

it.each([
  [{ section: '不存在的栏目' }, '亮点栏目不存在'],
  [{ unitId: 'u_elsewhere' }, '单位不属于本镇'],
  [{ attendeeIds: ['nobody'] }, '不属于本镇的账号'],
  [{ photos: ['cloud://someone-elses.jpg'] }, '只能使用您本人上传的照片'],
])('refuses %j outside the township or the caller’s uploads', async (change, message) => {
  const res = await town.call(activitiesFunction, 'editor', { ...SEMINAR, ...change });
  expect(res.error).toMatchObject({ code: 'INVALID_ARGUMENT' });
  expect(res.error.message).toContain(message);
  expect(rows()).toHaveLength(0);
});

it('editing keeps who recorded it; an unknown id is 404', async () => {
  const first = (await town.call(activitiesFunction, 'editor', SEMINAR)).data;
  const edited = await town.call(activitiesFunction, 'admin', { ...SEMINAR, id: first.id, participants: 40 });
  expect(edited.data).toMatchObject({ id: first.id, participants: 40, createdAt: first.createdAt });
  expect(town.db.prepare('SELECT created_by FROM activities WHERE id = ?').get(first.id)).toEqual({
    created_by: 'x_editor',
  });
  expect((await town.call(activitiesFunction, 'editor', { ...SEMINAR, id: 'missing' })).error.code).toBe('NOT_FOUND');
});

it('lists newest first in cursor pages, filtered by period, kind and unit', async () => {
  const save = (over: Record<string, unknown>) => town.call(activitiesFunction, 'editor', { ...SEMINAR, ...over });
  await save({ date: '2026-01-05', kind: '宣讲', unitId: 'u1' });
  await save({ date: '2026-02-01', kind: '宣讲', unitId: 'u2' });
  await save({ date: '2026-03-01', kind: '文化活动', unitId: 'u1' });
  await save({ date: '2025-12-01', kind: '宣讲', unitId: null });
  const list = async (q: Record<string, unknown>) =>
    (await town.call(activitiesFunction, 'editor', { action: 'list', ...q })).data;
  const dates = async (q: Record<string, unknown>) => (await list(q)).items.map((a: { date: string }) => a.date);
  expect(await dates({ kind: '宣讲' })).toEqual(['2026-02-01', '2026-01-05', '2025-12-01']);
  expect(await dates({ unitId: 'u1' })).toEqual(['2026-03-01', '2026-01-05']);
  expect(await dates({ from: '2026-01-01', to: '2026-02-28' })).toEqual(['2026-02-01', '2026-01-05']);
  const first = await list({ limit: 3 });
  expect(first.items).toHaveLength(3);
  expect(await dates({ limit: 3, cursor: first.nextCursor })).toEqual(['2025-12-01']);
  expect(await dates({ kind: '联欢' })).toEqual([]);
  expect((await town.call(activitiesFunction, 'editor', { action: 'list', kind: '  ' })).error.code).toBe(
    'INVALID_ARGUMENT',
  );
});

it('trainings are the activities of kind 业务培训: saved, listed and counted through either function', async () => {
  const viaTrainings = await saveTraining(town, '消息写作', ['a0', 'a1']);
  expect(viaTrainings.data).toMatchObject({
    topic: '消息写作',
    trainer: '县融媒体中心',
    attendees: [{ id: 'a0' }, { id: 'a1' }],
  });
  const ledger = (await town.call(activitiesFunction, 'editor', { action: 'list', kind: '业务培训' })).data.items;
  expect(ledger).toEqual([
    expect.objectContaining({
      id: viaTrainings.data.id,
      title: '消息写作',
      speaker: '县融媒体中心',
      participants: 2,
      batches: 1,
    }),
  ]);

  // The ledger adds what trainings.save does not know; saving through trainings keeps it.
  await town.call(activitiesFunction, 'editor', {
    ...SEMINAR,
    id: viaTrainings.data.id,
    kind: '业务培训',
    title: '消息写作',
    participants: 30,
    attendeeIds: ['a0', 'a1'],
    note: '另有28名村干部旁听',
  });
  await town.call(trainingsFunction, 'editor', {
    action: 'save',
    id: viaTrainings.data.id,
    topic: '消息写作（二）',
    date: '2026-02-20',
    trainer: '县融媒体中心',
    attendeeIds: ['a0'],
  });
  const kept = (await town.call(activitiesFunction, 'editor', { action: 'list', kind: '业务培训' })).data.items[0];
  expect(kept).toMatchObject({
    title: '消息写作（二）',
    participants: 30,
    note: '另有28名村干部旁听',
    section: '理论武装',
    unit: { id: 'u1' },
  });

  // Other kinds are no trainings: not listed, not editable as one, not counted.
  const talk = (await town.call(activitiesFunction, 'editor', { ...SEMINAR, kind: '宣讲', date: '2026-02-21' })).data;
  const trainings = (await town.call(trainingsFunction, 'editor', { action: 'list' })).data.items;
  expect(trainings.map((t: { id: string }) => t.id)).toEqual([viaTrainings.data.id]);
  const retyped = await town.call(trainingsFunction, 'editor', {
    action: 'save',
    id: talk.id,
    topic: '宣讲',
    date: '2026-02-21',
    trainer: '讲师',
    attendeeIds: [],
  });
  expect(retyped.error.code).toBe('NOT_FOUND');
  const summary = await town.call(statsFunction, 'editor', { action: 'summary', from: '2026-02-01', to: '2026-02-28' });
  expect(summary.data.figures).toMatchObject({ trainings: 1, trainingAttendees: 1 });
});

it("a page of activities reads the attendees' names, the units and the photo links once, not once per row", async () => {
  // Photos the editor uploaded: two for each of the first two seminars.
  const photoOf = (i: number, n: number) => `f_${String(i * 2 + n).padStart(32, '0')}.jpg`;
  for (const i of [0, 1])
    for (const n of [0, 1])
      town.db
        .prepare(
          `INSERT INTO files (id, owner_id, township_id, mime, size, width, height, created_at)
           VALUES (?, 'x_editor', ?, 'image/jpeg', 1, 1, 1, '2026-02-12T00:00:00.000Z')`,
        )
        .run(photoOf(i, n), T);
  for (let i = 0; i < 6; i++)
    expect(
      (
        await town.call(activitiesFunction, 'editor', {
          ...SEMINAR,
          title: `第${i + 1}次研讨`,
          attendeeIds: ['a0', 'a1'],
          photos: i < 2 ? [photoOf(i, 0), photoOf(i, 1)] : [],
        })
      ).ok,
    ).toBe(true);
  for (let i = 0; i < 4; i++) expect((await saveTraining(town, `第${i + 1}期培训`, ['a0'])).ok).toBe(true);
  const reads = [
    jest.spyOn(town.ctx.accounts, 'accountNames'),
    jest.spyOn(town.ctx.townships, 'listUnits'),
    jest.spyOn(town.ctx.files, 'signedUrls'),
  ];
  try {
    const activities = await town.call(activitiesFunction, 'editor', { action: 'list', limit: 20 });
    expect(activities.data.items).toHaveLength(10);
    expect(activities.data.items[0].attendees.map((a: { name: string }) => a.name)).not.toContain('已删除的账号');
    expect(reads.map((r) => r.mock.calls.length)).toEqual([1, 1, 1]);
    // Each row's photos carry their own links, from that one call.
    const withPhotos = (activities.data.items as { title: string; photos: { fileID: string; url: string }[] }[])
      .filter((a) => a.photos.length > 0)
      .sort((a, b) => a.title.localeCompare(b.title));
    expect(withPhotos.map((a) => a.photos.map((p) => p.fileID))).toEqual([
      [photoOf(0, 0), photoOf(0, 1)],
      [photoOf(1, 0), photoOf(1, 1)],
    ]);
    expect(withPhotos.flatMap((a) => a.photos).every((p) => p.url.startsWith(`/files/${p.fileID}?`))).toBe(true);
    reads.forEach((r) => r.mockClear());
    const trainings = await town.call(trainingsFunction, 'editor', { action: 'list', limit: 20 });
    expect(trainings.data.items).toHaveLength(4);
    expect(reads[0]!.mock.calls.length).toBe(1);
  } finally {
    reads.forEach((r) => r.mockRestore());
  }
});
