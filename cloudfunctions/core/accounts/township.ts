// accounts.saveTownship: the admin keeps the township's aging thresholds, highlight sections and categories.
import { notFound } from '../errors';
import type { Context } from '../ports';
import type { AccountRecord, TownshipRecord } from './records';
import { me } from './profile';
import type { MeView } from './views';
import type { SaveTownshipInput } from './schemas';
import { DEFAULT_RETENTION_DAYS } from '../vocabulary';

/** Answers with the caller's `me`, so the app replaces the settings it holds in one step. */
export async function saveTownship(ctx: Context, caller: AccountRecord, input: SaveTownshipInput): Promise<MeView> {
  const before = await ctx.townships.getTownship(caller.townshipId);
  if (!before) throw notFound('没有找到本镇的设置');
  const township: TownshipRecord = {
    ...before,
    agingHours: input.agingHours ?? before.agingHours,
    highlightSections: input.highlightSections ?? before.highlightSections,
    categories: input.categories ?? before.categories,
    issuer: input.issuer ?? before.issuer,
    moderationWords: input.moderationWords ?? before.moderationWords ?? [],
    retentionDays: input.retentionDays ?? before.retentionDays ?? DEFAULT_RETENTION_DAYS,
  };
  await ctx.townships.updateTownship(township);
  return me(ctx, caller);
}
