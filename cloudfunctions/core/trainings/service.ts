// trainings.save and trainings.list: the 队伍建设 records the summary counts.
import { decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, type PageView } from '../cursor';
import { invalid, notFound } from '../errors';
import { portOf, type Context } from '../ports';
import { provenance } from '../provenance';
import type { AccountRecord } from '../accounts/records';
import type { ListTrainingsInput, SaveTrainingInput } from './schemas';
import type { TrainingRecord } from './records';
import type { TrainingView } from './views';

async function present(ctx: Context, t: TrainingRecord): Promise<TrainingView> {
  const names = await ctx.accounts.accountNames(t.attendeeIds);
  return {
    id: t.id,
    topic: t.topic,
    date: t.date,
    trainer: t.trainer,
    attendees: t.attendeeIds.map((id) => ({ id, name: names.get(id) ?? '已删除的账号' })),
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
  };
}

export async function saveTraining(ctx: Context, caller: AccountRecord, input: SaveTrainingInput): Promise<TrainingView> {
  const trainings = portOf(ctx.trainings);
  const existing = input.id ? await trainings.getTraining(caller.townshipId, input.id) : null;
  if (input.id && !existing) throw notFound('没有找到这次培训，可能已被删除');
  const known = await trainings.existingAccounts(caller.townshipId, input.attendeeIds);
  const unknown = input.attendeeIds.filter((id) => !known.has(id));
  if (unknown.length) throw invalid('参训人员中有不属于本镇的账号，请重新选择', { unknown });
  const now = ctx.clock.now().toISOString();
  const record: TrainingRecord = {
    ...provenance(ctx, caller, existing, now),
    topic: input.topic,
    date: input.date,
    trainer: input.trainer,
    attendeeIds: input.attendeeIds,
    updatedAt: now,
  };
  await trainings.saveTraining(record);
  return present(ctx, record);
}

export async function listTrainings(ctx: Context, caller: AccountRecord, input: ListTrainingsInput): Promise<PageView<TrainingView>> {
  const page = await portOf(ctx.trainings).listTrainings({
    townshipId: caller.townshipId,
    from: input.from,
    to: input.to,
    after: decodeCursor(input.cursor, 2),
    limit: input.limit ?? DEFAULT_PAGE_SIZE,
  });
  return { items: await Promise.all(page.items.map((t) => present(ctx, t))), nextCursor: encodeCursor(page.next) };
}
