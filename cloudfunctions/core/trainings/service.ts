// trainings.save and trainings.list (DESIGN 4.3): views over the activities of kind 业务培训.
import type { PageView } from '../cursor';
import { notFound } from '../errors';
import { portOf, type Context } from '../ports';
import type { AccountRecord } from '../accounts/records';
import { DELETED_ACCOUNT } from '../accounts/units';
import { TRAINING_KIND } from '../vocabulary';
import { activityPage, assertAttendees, findActivity, stamp } from '../activities/service';
import type { ActivityRecord } from '../activities/records';
import type { ListTrainingsInput, SaveTrainingInput } from './schemas';
import type { TrainingView } from './views';

/** Trainings as DESIGN 4.3 shows them; the attendees' names of a whole page are read at once. */
async function present(ctx: Context, records: ActivityRecord[]): Promise<TrainingView[]> {
  const names = await ctx.accounts.accountNames([...new Set(records.flatMap((t) => t.attendeeIds))]);
  return records.map((t) => ({
    id: t.id,
    topic: t.title,
    date: t.date,
    trainer: t.speaker,
    attendees: t.attendeeIds.map((id) => ({ id, name: names.get(id) ?? DELETED_ACCOUNT })),
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
  }));
}

/**
 * Keeps what only the activity ledger edits (section, unit, note, photos, batches). Participants follow the named
 * attendees unless the ledger recorded more people than it named.
 */
export async function saveTraining(
  ctx: Context,
  caller: AccountRecord,
  input: SaveTrainingInput,
): Promise<TrainingView> {
  const existing = input.id ? await findActivity(ctx, caller, input.id, '培训') : null;
  if (existing && existing.kind !== TRAINING_KIND) throw notFound('没有找到这次培训，可能已被删除');
  await assertAttendees(ctx, caller, input.attendeeIds);
  const counted = existing && existing.participants > existing.attendeeIds.length ? existing.participants : 0;
  const record: ActivityRecord = {
    section: null,
    unitId: null,
    batches: 1,
    note: '',
    photos: [],
    ...existing,
    ...stamp(ctx, caller, existing),
    kind: TRAINING_KIND,
    title: input.topic,
    date: input.date,
    speaker: input.trainer,
    attendeeIds: input.attendeeIds,
    participants: Math.max(counted, input.attendeeIds.length),
  };
  await portOf(ctx.activities).saveActivity(record);
  return (await present(ctx, [record]))[0]!;
}

export async function listTrainings(
  ctx: Context,
  caller: AccountRecord,
  input: ListTrainingsInput,
): Promise<PageView<TrainingView>> {
  const { cursor, limit, ...period } = input;
  const page = await activityPage(
    ctx,
    { townshipId: caller.townshipId, kind: TRAINING_KIND, ...period },
    { cursor, limit },
  );
  return { items: await present(ctx, page.items), nextCursor: page.nextCursor };
}
