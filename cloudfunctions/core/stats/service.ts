// The stats actions: the caller's township, the rule versions and the period go to the store's aggregates.
import { decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, type PageView } from '../cursor';
import { notFound } from '../errors';
import { portOf, type Context } from '../ports';
import type { AccountRecord, TownshipRecord } from '../accounts/records';
import { DEFAULT_HIGHLIGHT_SECTIONS } from '../vocabulary';
import type { RulesResult } from './views';
import type { SummaryResult } from './figures';
import { shanghaiDate } from './period';
import type { Alerts, ExplainResult, RankingRow } from './ranking';
import { ruleInEffect, ruleVersions, type AssessmentRule, type SaveRuleInput } from './rule';
import {
  DEFAULT_SILENT_DAYS,
  type AlertsInput,
  type ExplainInput,
  type PeriodInput,
  type RankingInput,
} from './schemas';
import { summaryText } from './text';

/** Highlight stories per section in the summary: enough for the report, few enough to read. */
export const HIGHLIGHTS_PER_SECTION = 20;

/** The township's highlight sections, or the defaults when it has none. */
export function highlightSectionsOf(township: TownshipRecord | null): string[] {
  return township?.highlightSections?.length ? township.highlightSections : [...DEFAULT_HIGHLIGHT_SECTIONS];
}

export async function rulesOf(ctx: Context, townshipId: string): Promise<AssessmentRule[]> {
  return ruleVersions(townshipId, await portOf(ctx.rules).listRules(townshipId));
}

export async function summary(ctx: Context, caller: AccountRecord, input: PeriodInput): Promise<SummaryResult> {
  const stats = portOf(ctx.statsQueries);
  const period = { townshipId: caller.townshipId, from: input.from, to: input.to };
  const township = await ctx.townships.getTownship(caller.townshipId);
  const sections = highlightSectionsOf(township);
  const [figures, highlights] = await Promise.all([
    stats.summaryFigures(period),
    stats.highlights({ ...period, sections, perSection: HIGHLIGHTS_PER_SECTION }),
  ]);
  return { figures, text: summaryText(figures), highlights };
}

export async function ranking(ctx: Context, caller: AccountRecord, input: RankingInput): Promise<PageView<RankingRow>> {
  const rules = await rulesOf(ctx, caller.townshipId);
  const page = await portOf(ctx.statsQueries).ranking({
    townshipId: caller.townshipId,
    from: input.from,
    to: input.to,
    by: input.by,
    rules,
    after: decodeCursor(input.cursor, 3),
    limit: input.limit ?? DEFAULT_PAGE_SIZE,
  });
  return { items: page.items, nextCursor: encodeCursor(page.next) };
}

export async function explain(ctx: Context, caller: AccountRecord, input: ExplainInput): Promise<ExplainResult> {
  const stats = portOf(ctx.statsQueries);
  if (input.accountId) {
    const account = await ctx.accounts.getAccount(input.accountId);
    if (!account || account.townshipId !== caller.townshipId) throw notFound('没有找到这名通讯员');
  } else if (input.unitId && input.unitId !== 'none') {
    const units = await ctx.townships.listUnits(caller.townshipId);
    if (!units.some((u) => u.id === input.unitId)) throw notFound('没有找到这个单位');
  }
  const { total, page } = await stats.explain({
    townshipId: caller.townshipId,
    from: input.from,
    to: input.to,
    rules: await rulesOf(ctx, caller.townshipId),
    accountId: input.accountId,
    unitId: input.unitId,
    after: decodeCursor(input.cursor, 3),
    limit: input.limit ?? DEFAULT_PAGE_SIZE,
  });
  return { total, items: page.items, nextCursor: encodeCursor(page.next) };
}

export async function alerts(ctx: Context, caller: AccountRecord, input: AlertsInput): Promise<Alerts> {
  return portOf(ctx.statsQueries).alerts({
    townshipId: caller.townshipId,
    from: input.from,
    to: input.to,
    rules: await rulesOf(ctx, caller.townshipId),
    silentDays: input.silentDays ?? DEFAULT_SILENT_DAYS,
    today: shanghaiDate(ctx.clock.now()),
  });
}

export async function rules(ctx: Context, caller: AccountRecord): Promise<RulesResult> {
  const versions = await rulesOf(ctx, caller.townshipId);
  return { versions, current: ruleInEffect(versions, shanghaiDate(ctx.clock.now())) };
}

/** Admins only (the function table says so). */
export async function saveRule(ctx: Context, caller: AccountRecord, input: SaveRuleInput): Promise<RulesResult> {
  const now = ctx.clock.now().toISOString();
  await portOf(ctx.rules).insertRule({
    ...input,
    id: ctx.newId(),
    townshipId: caller.townshipId,
    createdBy: caller.id,
    createdAt: now,
  });
  return rules(ctx, caller);
}
