// The pure definition of assessment points: every scored event of a period, and rankings summed from them.
// Each event is scored by the rule version in effect on its own date, so a new version never rewrites old dates.
import { PUBLICATION_LEVELS, type PublicationLevel } from '../vocabulary';
import { cmp, isAccepted, leadsInPeriod } from './referenceFigures';
import { shanghaiDate } from './period';
import { NO_UNIT_ID, NO_UNIT_NAME, type ExplainKind, type RankBy, type RankingRow } from './ranking';
import { ruleInEffect, type AssessmentRule } from './rule';
import { livedIn } from './unitLife';
import type { StatsWorld, WorldArticle, WorldPublication } from './world';

/** Higher is more prestigious; `highest` counting keeps an article's single top publication. */
export const LEVEL_RANK: Record<PublicationLevel, number> = {
  national: 6,
  provincial: 5,
  municipal: 4,
  county: 3,
  own: 2,
  newmedia: 1,
};

export interface ScoreEvent {
  kind: ExplainKind;
  date: string;
  accountId: string;
  unitId: string | null;
  leadId?: string;
  articleId?: string;
  publicationId?: string;
  level?: PublicationLevel;
  ruleId: string;
  points: number;
}

/** An article's top publication: highest level, then earliest date, then smallest id. */
export function topPublication(pubs: WorldPublication[]): WorldPublication | undefined {
  return [...pubs].sort(
    (a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level] || cmp(a.publishedAt, b.publishedAt) || cmp(a.id, b.id),
  )[0];
}

/** An article's first publication: earliest date, then smallest id; its date carries the article's bonuses. */
export function firstPublication(pubs: WorldPublication[]): WorldPublication | undefined {
  return [...pubs].sort((a, b) => cmp(a.publishedAt, b.publishedAt) || cmp(a.id, b.id))[0];
}

/** Who receives an article's points and what share of them, under the credit split of the version applied. */
export function creditShares(credits: string[], rule: AssessmentRule): { accountId: string; share: number }[] {
  if (credits.length === 0) return [];
  if (rule.creditSplit === 'first') return [{ accountId: credits[0]!, share: 1 }];
  const share = rule.creditSplit === 'equal' ? 1 / credits.length : 1;
  return credits.map((accountId) => ({ accountId, share }));
}

export function scoreEvents(world: StatsWorld, rules: AssessmentRule[], from: string, to: string): ScoreEvent[] {
  const events: ScoreEvent[] = [];
  for (const l of leadsInPeriod(world, from, to)) {
    const date = shanghaiDate(l.createdAt);
    const rule = ruleInEffect(rules, date);
    const base = { date, accountId: l.authorId, unitId: l.unitId, leadId: l.id, ruleId: rule.id };
    events.push({ ...base, kind: 'lead_submitted', points: rule.leadSubmitted });
    if (isAccepted(l)) events.push({ ...base, kind: 'lead_accepted', points: rule.leadAccepted });
  }
  const unitOf = new Map(world.accounts.map((a) => [a.id, a.unitId]));
  const pubsOf = new Map<string, WorldPublication[]>();
  for (const p of world.publications) pubsOf.set(p.articleId, [...(pubsOf.get(p.articleId) ?? []), p]);
  const credit = (
    a: WorldArticle,
    rule: AssessmentRule,
    e: Omit<ScoreEvent, 'accountId' | 'unitId' | 'points'>,
    points: number,
  ) => {
    for (const { accountId, share } of creditShares(a.credits, rule)) {
      events.push({ ...e, accountId, unitId: unitOf.get(accountId) ?? null, points: points * share });
    }
  };
  for (const a of world.articles) {
    const pubs = pubsOf.get(a.id) ?? [];
    const top = topPublication(pubs);
    for (const p of pubs) {
      if (p.publishedAt < from || p.publishedAt > to) continue;
      const rule = ruleInEffect(rules, p.publishedAt);
      if (rule.levelCounting === 'highest' && p !== top) continue;
      credit(
        a,
        rule,
        {
          kind: 'publication',
          date: p.publishedAt,
          articleId: a.id,
          publicationId: p.id,
          level: p.level,
          ruleId: rule.id,
        },
        rule.publication[p.level],
      );
    }
    const first = firstPublication(pubs);
    if (!first || first.publishedAt < from || first.publishedAt > to) continue;
    const rule = ruleInEffect(rules, first.publishedAt);
    const base = { date: first.publishedAt, articleId: a.id, publicationId: first.id, ruleId: rule.id };
    if (rule.kindBonus[a.kind] > 0) credit(a, rule, { ...base, kind: 'kind_bonus' }, rule.kindBonus[a.kind]);
    if (rule.longArticle.bonus > 0 && a.bodyLength >= rule.longArticle.minChars)
      credit(a, rule, { ...base, kind: 'long_bonus' }, rule.longArticle.bonus);
  }
  return events;
}

export const round2 = (n: number) => Math.round(n * 100) / 100;

/** Every ranking row of a period, sorted as the list shows it (points desc, name, id). */
export function referenceRanking(
  world: StatsWorld,
  rules: AssessmentRule[],
  from: string,
  to: string,
  by: RankBy,
): RankingRow[] {
  const events = scoreEvents(world, rules, from, to);
  const unitName = new Map(world.units.map((u) => [u.id, u.name]));
  const rows = new Map<string, RankingRow & { pubIds: Set<string>; articleIds: Set<string> }>();
  const row = (id: string, name: string, unit?: string) => {
    if (!rows.has(id)) {
      const publications = Object.fromEntries(PUBLICATION_LEVELS.map((l) => [l, 0])) as RankingRow['publications'];
      rows.set(id, {
        id,
        name,
        ...(unit === undefined ? {} : { unitName: unit }),
        points: 0,
        leadsSubmitted: 0,
        leadsAccepted: 0,
        publications,
        articles: 0,
        pubIds: new Set(),
        articleIds: new Set(),
      });
    }
    return rows.get(id)!;
  };
  const accounts = new Map(world.accounts.map((a) => [a.id, a]));
  const rowOf = (e: ScoreEvent) => {
    if (by === 'unit')
      return e.unitId && unitName.has(e.unitId)
        ? row(e.unitId, unitName.get(e.unitId)!)
        : row(NO_UNIT_ID, NO_UNIT_NAME);
    const a = accounts.get(e.accountId);
    return row(e.accountId, a?.name ?? e.accountId, (a?.unitId && unitName.get(a.unitId)) || NO_UNIT_NAME);
  };
  if (by === 'unit') world.units.filter((u) => livedIn(u, from, to)).forEach((u) => row(u.id, u.name));
  else for (const a of world.accounts) if (a.role === 'reporter') rowOf({ accountId: a.id } as ScoreEvent);
  for (const e of events) {
    const r = rowOf(e);
    r.points += e.points;
    if (e.kind === 'lead_submitted') r.leadsSubmitted += 1;
    if (e.kind === 'lead_accepted') r.leadsAccepted += 1;
    if (e.kind === 'publication' && !r.pubIds.has(e.publicationId!)) {
      r.pubIds.add(e.publicationId!);
      r.publications[e.level!] += 1;
      r.articleIds.add(e.articleId!);
    }
  }
  return [...rows.values()]
    .map(({ pubIds: _p, articleIds, ...r }) => ({ ...r, points: round2(r.points), articles: articleIds.size }))
    .sort((a, b) => b.points - a.points || cmp(a.name, b.name) || cmp(a.id, b.id));
}
