// activities.save and activities.list: the 宣传活动台账 the summary counts by kind.
import { decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, type PageView } from '../cursor';
import { invalid, notFound } from '../errors';
import { portOf, type Context } from '../ports';
import type { AccountRecord } from '../accounts/records';
import { provenance } from '../provenance';
import { assertUnitOfTownship, DELETED_ACCOUNT, unitNamedIn } from '../accounts/units';
import { activityKindsOf } from '../vocabulary';
import type { ActivityQuery } from './ports';
import type { ActivityRecord } from './records';
import type { ListActivitiesInput, SaveActivityInput } from './schemas';
import type { ActivityView } from './views';

/** Activities as the ledger shows them: the attendees' names, the units and the photo links of a page read once. */
export async function presentActivities(
  ctx: Context,
  townshipId: string,
  records: ActivityRecord[],
): Promise<ActivityView[]> {
  const [names, units, urls] = await Promise.all([
    ctx.accounts.accountNames([...new Set(records.flatMap((a) => a.attendeeIds))]),
    records.some((a) => a.unitId !== null) ? ctx.townships.listUnits(townshipId) : Promise.resolve([]),
    ctx.files.signedUrls(records.flatMap((a) => a.photos)),
  ]);
  return records.map((a) => ({
    id: a.id,
    kind: a.kind,
    title: a.title,
    date: a.date,
    section: a.section,
    unit: unitNamedIn(units, a.unitId),
    participants: a.participants,
    batches: a.batches,
    attendees: a.attendeeIds.map((id) => ({ id, name: names.get(id) ?? DELETED_ACCOUNT })),
    speaker: a.speaker,
    note: a.note,
    photos: a.photos.map((fileID) => ({ fileID, url: urls.get(fileID) ?? '' })),
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  }));
}

/** The caller's township's activity `id`, or 404 with the noun the caller knows it by. */
export async function findActivity(
  ctx: Context,
  caller: AccountRecord,
  id: string,
  noun = '活动',
): Promise<ActivityRecord> {
  const found = await portOf(ctx.activities).getActivity(caller.townshipId, id);
  if (!found) throw notFound(`没有找到这次${noun}，可能已被删除`);
  return found;
}

export async function assertAttendees(ctx: Context, caller: AccountRecord, ids: string[]): Promise<void> {
  const known = await portOf(ctx.activities).existingAccounts(caller.townshipId, ids);
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length) throw invalid('参加人员中有不属于本镇的账号，请重新选择', { unknown });
}

/** Who recorded it and when, kept across edits (provenance), and the time of this save. */
export function stamp(ctx: Context, caller: AccountRecord, existing: ActivityRecord | null) {
  const now = ctx.clock.now().toISOString();
  return { ...provenance(ctx, caller, existing, now), updatedAt: now };
}

/** The kind and section are from the township's lists (镇设置), the unit one of its units. */
async function assertPlace(
  ctx: Context,
  caller: AccountRecord,
  place: Pick<ActivityRecord, 'kind' | 'section' | 'unitId'>,
) {
  const township = await ctx.townships.getTownship(caller.townshipId);
  if (!activityKindsOf(township).includes(place.kind)) {
    throw invalid('活动类型无效，请从镇设置的活动类型中选择', { field: 'kind' });
  }
  if (place.section !== null && !township?.highlightSections.includes(place.section)) {
    throw invalid('亮点栏目不存在，请在镇设置的栏目中选择', { field: 'section' });
  }
  await assertUnitOfTownship(ctx, caller.townshipId, place.unitId, 'unitId');
}

export async function saveActivity(
  ctx: Context,
  caller: AccountRecord,
  input: SaveActivityInput,
): Promise<ActivityView> {
  const existing = input.id ? await findActivity(ctx, caller, input.id) : null;
  const section = input.section ?? null;
  const unitId = input.unitId ?? null;
  const attendeeIds = input.attendeeIds ?? [];
  const photos = input.photos ?? [];
  await assertPlace(ctx, caller, { kind: input.kind, section, unitId });
  await assertAttendees(ctx, caller, attendeeIds);
  if (new Set(photos).size !== photos.length) throw invalid('同一张照片不能重复添加', { field: 'photos' });
  const added = photos.filter((p) => !existing?.photos.includes(p));
  if (!(await ctx.files.ownedBy(added, caller))) {
    throw invalid('照片无效：只能使用您本人上传的照片，请重新上传', { field: 'photos' });
  }
  const record: ActivityRecord = {
    ...stamp(ctx, caller, existing),
    kind: input.kind,
    title: input.title,
    date: input.date,
    section,
    unitId,
    participants: input.participants,
    batches: input.batches ?? 1,
    attendeeIds,
    speaker: input.speaker ?? '',
    note: input.note ?? '',
    photos,
  };
  await portOf(ctx.activities).saveActivity(record);
  return (await presentActivities(ctx, caller.townshipId, [record]))[0]!;
}

/** One page of the township's activities, newest first, presented. */
export async function activityPage(
  ctx: Context,
  q: Omit<ActivityQuery, 'after' | 'limit'>,
  page: { cursor?: string | null; limit?: number },
): Promise<PageView<ActivityRecord>> {
  const found = await portOf(ctx.activities).listActivities({
    ...q,
    after: decodeCursor(page.cursor, 2),
    limit: page.limit ?? DEFAULT_PAGE_SIZE,
  });
  return { items: found.items, nextCursor: encodeCursor(found.next) };
}

export async function listActivities(
  ctx: Context,
  caller: AccountRecord,
  input: ListActivitiesInput,
): Promise<PageView<ActivityView>> {
  const { cursor, limit, ...filters } = input;
  const page = await activityPage(ctx, { townshipId: caller.townshipId, ...filters }, { cursor, limit });
  return { items: await presentActivities(ctx, caller.townshipId, page.items), nextCursor: page.nextCursor };
}
