// The work plan (工作要点) through dispatch on a real SQLite file: roles, refusals, the dated note, the year's list
// and the summary's count of tasks and finished ones.
import { statsFunction } from '../../cloudfunctions/functions/stats';
import { workPlanFunction } from '../../cloudfunctions/functions/workPlan';
import { statsTownship, type StatsTownship } from './context';
import { sampleWorld } from './world';

const TASK = {
  action: 'save',
  year: 2026,
  title: '打造“红色乡讯”宣传品牌',
  ownerUnitId: 'u1',
  dueMonth: 6,
  status: 'pending',
};

let town: StatsTownship;
let today: Date;
beforeEach(() => {
  today = new Date('2026-03-10T04:00:00.000Z');
  town = statsTownship({ ...sampleWorld(), workTasks: [] });
  town.ctx.clock = { now: () => today };
});
afterEach(() => town.close());

const list = async (year = 2026) => (await town.call(workPlanFunction, 'editor', { action: 'list', year })).data.items;

it('an editor plans a task; a reporter may neither plan nor read the plan', async () => {
  const saved = await town.call(workPlanFunction, 'editor', TASK);
  expect(saved.data).toMatchObject({
    year: 2026,
    title: TASK.title,
    ownerUnit: { id: 'u1', name: '西山村' },
    dueMonth: 6,
    status: 'pending',
    note: '',
    noteDate: '2026-03-10',
  });
  expect((await town.call(workPlanFunction, 'reporter', TASK)).error.code).toBe('PERMISSION_DENIED');
  expect((await town.call(workPlanFunction, 'reporter', { action: 'list', year: 2026 })).error.code).toBe(
    'PERMISSION_DENIED',
  );
  expect(await list()).toHaveLength(1);
});

it.each([
  [{ dueMonth: 13 }, '完成月份应为1至12'],
  [{ status: 'finished' }, '状态应为未开始、推进中或已完成'],
  [{ year: 1999 }, '年份应在2000年至2999年之间'],
  [{ title: '' }, ''],
  [{ ownerUnitId: 'u_elsewhere' }, '单位不属于本镇'],
])('refuses %j with a Chinese message and plans nothing', async (change, message) => {
  const res = await town.call(workPlanFunction, 'editor', { ...TASK, ...change });
  expect(res.error.code).toBe('INVALID_ARGUMENT');
  expect(res.error.message).toContain(message);
  expect(await list()).toEqual([]);
});

it('the note is dated the day the status or note changed, not the day of a mere retitle', async () => {
  const task = (await town.call(workPlanFunction, 'editor', TASK)).data;
  today = new Date('2026-05-20T04:00:00.000Z');
  const progress = { ...TASK, id: task.id, status: 'ongoing', note: '已完成方案设计' };
  const progressed = await town.call(workPlanFunction, 'editor', progress);
  expect(progressed.data).toMatchObject({ status: 'ongoing', note: '已完成方案设计', noteDate: '2026-05-20' });
  today = new Date('2026-06-02T04:00:00.000Z');
  const retitled = await town.call(workPlanFunction, 'admin', { ...progress, title: '新标题' });
  expect(retitled.data).toMatchObject({ title: '新标题', noteDate: '2026-05-20' });
  expect((await town.call(workPlanFunction, 'editor', { ...TASK, id: 'missing' })).error.code).toBe('NOT_FOUND');
});

it('lists one year by due month and the summary counts the plan of the period’s years', async () => {
  const save = (over: Record<string, unknown>) => town.call(workPlanFunction, 'editor', { ...TASK, ...over });
  await save({ title: '乙', dueMonth: 9, status: 'done' });
  await save({ title: '甲', dueMonth: 3, status: 'ongoing' });
  await save({ title: '丙', dueMonth: 3, status: 'done' });
  await save({ title: '明年', year: 2027, status: 'done' });
  expect((await list()).map((t: { title: string }) => t.title)).toEqual(['丙', '甲', '乙']);
  const figures = async (from: string, to: string) =>
    (await town.call(statsFunction, 'editor', { action: 'summary', from, to })).data.figures;
  expect((await figures('2026-01-01', '2026-12-31')).workPlan).toEqual({ tasks: 3, done: 2 });
  expect((await figures('2026-07-01', '2027-01-31')).workPlan).toEqual({ tasks: 4, done: 3 });
  expect((await figures('2025-01-01', '2025-12-31')).workPlan).toEqual({ tasks: 0, done: 0 });
});
