// accounts.saveTownship: the admin keeps the township's aging thresholds, highlight sections and categories.
import { conflict, notFound } from '../errors';
import type { Context } from '../ports';
import type { AccountRecord, TownshipRecord } from './records';
import { me } from './profile';
import type { MeView } from './views';
import type { SaveTownshipInput } from './schemas';
import { activityKindsOf, DEFAULT_RETENTION_DAYS } from '../vocabulary';

/** Answers with the caller's `me`, so the app replaces the settings it holds in one step. */
export async function saveTownship(ctx: Context, caller: AccountRecord, input: SaveTownshipInput): Promise<MeView> {
  const before = await ctx.townships.getTownship(caller.townshipId);
  if (!before) throw notFound('没有找到本镇的设置');
  if (input.activityKinds) await assertKindsUnused(ctx, before, input.activityKinds);
  const township: TownshipRecord = {
    ...before,
    agingHours: input.agingHours ?? before.agingHours,
    highlightSections: input.highlightSections ?? before.highlightSections,
    categories: input.categories ?? before.categories,
    issuer: input.issuer ?? before.issuer,
    activityKinds: input.activityKinds ?? activityKindsOf(before),
    moderationWords: input.moderationWords ?? before.moderationWords ?? [],
    retentionDays: input.retentionDays ?? before.retentionDays ?? DEFAULT_RETENTION_DAYS,
  };
  await ctx.townships.updateTownship(township);
  return me(ctx, caller);
}

/**
 * An activity keeps the kind it was recorded under, so a kind still in use cannot be removed (renaming is removing
 * the old name): the admin is told how many activities use it and can change them first.
 */
async function assertKindsUnused(ctx: Context, before: TownshipRecord, kinds: string[]): Promise<void> {
  const removed = activityKindsOf(before).filter((k) => !kinds.includes(k));
  if (!removed.length) return;
  const counts = await ctx.townships.activityKindCounts(before.id, removed);
  const inUse = removed.filter((k) => (counts[k] ?? 0) > 0);
  if (!inUse.length) return;
  const list = inUse.map((k) => `“${k}”（${counts[k]}次活动）`).join('、');
  throw conflict(`活动类型${list}已有活动记录，不能删除或改名；请先把这些活动改为其他类型`, {
    field: 'activityKinds',
    inUse: Object.fromEntries(inUse.map((k) => [k, counts[k]])),
  });
}
