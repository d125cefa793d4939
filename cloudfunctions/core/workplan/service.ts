// workPlan.save and workPlan.list: the year's key tasks the summary cites as "明确了N项重点任务，已完成M项".
import { conflict, notFound } from '../errors';
import { portOf, type Context } from '../ports';
import type { AccountRecord } from '../accounts/records';
import { assertUnitOfTownship, DELETED_UNIT } from '../accounts/units';
import { provenance } from '../provenance';
import { shanghaiDate } from '../stats/period';
import type { WorkTaskRecord } from './records';
import { WORK_TASKS_MAX, type ListWorkPlanInput, type SaveWorkTaskInput } from './schemas';
import type { WorkTaskView } from './views';

/** Tasks as shown, reading the township's units once for the whole list. */
async function present(ctx: Context, townshipId: string, tasks: WorkTaskRecord[]): Promise<WorkTaskView[]> {
  const names = new Map((await ctx.townships.listUnits(townshipId)).map((u) => [u.id, u.name]));
  return tasks.map((t) => ({
    id: t.id,
    year: t.year,
    title: t.title,
    ownerUnit: t.ownerUnitId === null ? null : { id: t.ownerUnitId, name: names.get(t.ownerUnitId) ?? DELETED_UNIT },
    dueMonth: t.dueMonth,
    status: t.status,
    note: t.note,
    noteDate: t.noteDate,
    updatedAt: t.updatedAt,
  }));
}

export async function saveWorkTask(
  ctx: Context,
  caller: AccountRecord,
  input: SaveWorkTaskInput,
): Promise<WorkTaskView> {
  const store = portOf(ctx.workPlan);
  const existing = input.id ? await store.getWorkTask(caller.townshipId, input.id) : null;
  if (input.id && !existing) throw notFound('没有找到这项任务，可能已被删除');
  const ownerUnitId = input.ownerUnitId ?? null;
  await assertUnitOfTownship(ctx, caller.townshipId, ownerUnitId, 'ownerUnitId');
  if (!existing || existing.year !== input.year) {
    const planned = await store.listWorkTasks(caller.townshipId, input.year);
    if (planned.length >= WORK_TASKS_MAX)
      throw conflict(`${input.year}年的工作要点已有${WORK_TASKS_MAX}项，不能再添加`);
  }
  const now = ctx.clock.now();
  const note = input.note ?? '';
  const changed = !existing || existing.status !== input.status || existing.note !== note;
  const record: WorkTaskRecord = {
    ...provenance(ctx, caller, existing, now.toISOString()),
    year: input.year,
    title: input.title,
    ownerUnitId,
    dueMonth: input.dueMonth,
    status: input.status,
    note,
    noteDate: changed ? shanghaiDate(now) : existing.noteDate,
    updatedAt: now.toISOString(),
  };
  await store.saveWorkTask(record);
  return (await present(ctx, caller.townshipId, [record]))[0]!;
}

export async function listWorkPlan(
  ctx: Context,
  caller: AccountRecord,
  input: ListWorkPlanInput,
): Promise<{ items: WorkTaskView[] }> {
  const tasks = await portOf(ctx.workPlan).listWorkTasks(caller.townshipId, input.year);
  return { items: await present(ctx, caller.townshipId, tasks) };
}
