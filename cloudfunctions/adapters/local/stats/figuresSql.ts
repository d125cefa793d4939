// The summary figures as SQL aggregates: each query returns groups or a few middle rows, never the period's records.
import { percent, type SummaryFigures, type UnitLeadFigures } from '../../../core/stats/figures';
import { addDays, dayStart, monthEnd, monthsOf, periodInstants } from '../../../core/stats/period';
import { NO_UNIT_NAME } from '../../../core/stats/ranking';
import type { PeriodQuery } from '../../../core/stats/ports';
import { ARTICLE_KINDS, LEAD_STATUSES, PUBLICATION_LEVELS, type LeadStatus } from '../../../core/vocabulary';
import type { Db } from '../db';

const HOUR = 3_600_000;
const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

interface Params {
  t: string;
  from: string;
  to: string;
  start: string;
  end: string;
}

export function periodParams(q: PeriodQuery): Params {
  return { t: q.townshipId, from: q.from, to: q.to, ...periodInstants(q.from, q.to) };
}

/** One month of the period's leads grouped by status, unit and category: a range of the stats index, run per month
 * so that no row needs its month computed (strftime on every lead costs more than the grouping itself). */
export const LEAD_GROUPS_SQL = `
  SELECT status, unit_id, category, count(*) AS n
    FROM leads WHERE township_id = @t AND created_at >= @start AND created_at < @end
   GROUP BY 1, 2, 3`;

export const ACTIVE_REPORTERS_SQL = `
  SELECT count(DISTINCT author_id) AS n FROM leads WHERE township_id = @t AND created_at >= @start AND created_at < @end`;

/** Milliseconds to the first decision, exactly as the index leads_decision_ms stores them. */
export const DECISION_MS = `CAST(round((unixepoch(json_extract(history, '$[0].at'), 'subsec') - unixepoch(created_at, 'subsec')) * 1000) AS INTEGER)`;

/** The one or two middle decision times: the median without shipping every time to JavaScript. */
export const DECISION_MIDDLE_SQL = `
  WITH d AS MATERIALIZED (
    SELECT ${DECISION_MS} AS ms FROM leads
     WHERE township_id = @t AND created_at >= @start AND created_at < @end AND ${DECISION_MS} IS NOT NULL)
  SELECT ms FROM d ORDER BY ms LIMIT 2 - (SELECT count(*) FROM d) % 2 OFFSET ((SELECT count(*) FROM d) - 1) / 2`;

/** Per lead of the period that ran: milliseconds from creation to the end of its first publication day (24:00 +08:00,
 * i.e. 16:00 UTC of that date); the middle one or two. */
export const PUBLICATION_MIDDLE_SQL = `
  WITH first AS (
    SELECT al.lead_id, min(p.published_at) AS x FROM article_leads al JOIN publications p ON p.article_id = al.article_id
     WHERE p.township_id = @t GROUP BY al.lead_id),
  d AS MATERIALIZED (
    SELECT CAST(round((unixepoch(first.x) + 57600 - unixepoch(l.created_at, 'subsec')) * 1000) AS INTEGER) AS ms
      FROM first JOIN leads l ON l.id = first.lead_id
     WHERE l.township_id = @t AND l.created_at >= @start AND l.created_at < @end)
  SELECT ms FROM d ORDER BY ms LIMIT 2 - (SELECT count(*) FROM d) % 2 OFFSET ((SELECT count(*) FROM d) - 1) / 2`;

export const PUBLICATIONS_SQL = `
  SELECT level, count(*) AS n FROM publications
   WHERE township_id = @t AND published_at >= @from AND published_at <= @to GROUP BY level`;

export const ARTICLES_SQL = `
  SELECT kind, count(*) AS n FROM articles WHERE township_id = @t AND created_at >= @start AND created_at < @end GROUP BY kind`;

export const TRAININGS_SQL = `
  SELECT (SELECT count(*) FROM trainings WHERE township_id = @t AND date >= @from AND date <= @to) AS trainings,
         (SELECT count(DISTINCT ta.account_id) FROM trainings t JOIN training_attendees ta ON ta.training_id = t.id
           WHERE t.township_id = @t AND t.date >= @from AND t.date <= @to) AS attendees`;

export const UNITS_SQL = `
  SELECT id, name, json_array_length(platforms) AS platforms FROM units WHERE township_id = @t ORDER BY position, name, id`;

/** Median in hours (one decimal) from the one or two middle durations in milliseconds (negative ones count as 0). */
function medianOf(rows: { ms: number }[]): number | null {
  if (rows.length === 0) return null;
  const hours = rows.map((r) => Math.max(0, r.ms / HOUR));
  return Math.round((hours.reduce((s, h) => s + h, 0) / hours.length) * 10) / 10;
}

type Group = { month: string; status: LeadStatus; unit_id: string | null; category: string; n: number };

export function summaryFigures(db: Db, q: PeriodQuery): SummaryFigures {
  const p = periodParams(q);
  const byMonth = db.prepare(LEAD_GROUPS_SQL);
  const groups = monthsOf(q.from, q.to).flatMap((month) => {
    const first = `${month}-01` < q.from ? q.from : `${month}-01`;
    const last = monthEnd(month) > q.to ? q.to : monthEnd(month);
    const rows = byMonth.all({ t: p.t, start: dayStart(first), end: dayStart(addDays(last, 1)) }) as Omit<Group, 'month'>[];
    return rows.map((r) => ({ ...r, month }));
  });
  const units = db.prepare(UNITS_SQL).all({ t: p.t }) as { id: string; name: string; platforms: number }[];

  const accepted = (g: Group) => (g.status === 'accepted' || g.status === 'used' ? g.n : 0);
  const known = new Set(units.map((u) => u.id));
  const perUnit = new Map<string | null, { s: number; a: number }>();
  const perMonth = new Map<string, Record<LeadStatus, number>>(monthsOf(q.from, q.to).map((m) => [m, zeros(LEAD_STATUSES)]));
  const categories = new Map<string, number>();
  let submitted = 0;
  let acceptedTotal = 0;
  for (const g of groups) {
    submitted += g.n;
    acceptedTotal += accepted(g);
    const unit = g.unit_id !== null && known.has(g.unit_id) ? g.unit_id : null;
    const u = perUnit.get(unit) ?? { s: 0, a: 0 };
    perUnit.set(unit, { s: u.s + g.n, a: u.a + accepted(g) });
    perMonth.get(g.month)![g.status] += g.n;
    categories.set(g.category, (categories.get(g.category) ?? 0) + g.n);
  }
  const unitRow = (unitId: string | null, unitName: string): UnitLeadFigures => {
    const u = perUnit.get(unitId) ?? { s: 0, a: 0 };
    return { unitId, unitName, leadsSubmitted: u.s, leadsAccepted: u.a, adoptionRate: percent(u.a, u.s) };
  };
  const leadsByUnit = units.map((u) => unitRow(u.id, u.name));
  if (perUnit.has(null)) leadsByUnit.push(unitRow(null, NO_UNIT_NAME));

  const publicationsByLevel = zeros(PUBLICATION_LEVELS);
  for (const r of db.prepare(PUBLICATIONS_SQL).all(p) as { level: keyof typeof publicationsByLevel; n: number }[]) publicationsByLevel[r.level] = r.n;
  const articlesByKind = zeros(ARTICLE_KINDS);
  for (const r of db.prepare(ARTICLES_SQL).all(p) as { kind: keyof typeof articlesByKind; n: number }[]) articlesByKind[r.kind] = r.n;
  const training = db.prepare(TRAININGS_SQL).get(p) as { trainings: number; attendees: number };
  const noPlatform = units.filter((u) => u.platforms === 0).map((u) => ({ id: u.id, name: u.name }));
  const silent = leadsByUnit.filter((u) => u.unitId !== null && u.leadsSubmitted === 0).map((u) => ({ id: u.unitId!, name: u.unitName }));

  return {
    from: q.from,
    to: q.to,
    leadsSubmitted: submitted,
    leadsAccepted: acceptedTotal,
    adoptionRate: percent(acceptedTotal, submitted),
    publicationsByLevel,
    publicationsTotal: Object.values(publicationsByLevel).reduce((s, n) => s + n, 0),
    articlesByKind,
    articlesTotal: Object.values(articlesByKind).reduce((s, n) => s + n, 0),
    activeReporters: (db.prepare(ACTIVE_REPORTERS_SQL).get(p) as { n: number }).n,
    trainings: training.trainings,
    trainingAttendees: training.attendees,
    unitsWithoutPlatform: { count: noPlatform.length, units: noPlatform },
    unitsWithoutLeads: { count: silent.length, units: silent },
    medianHoursToDecision: medianOf(db.prepare(DECISION_MIDDLE_SQL).all(p) as { ms: number }[]),
    medianHoursToFirstPublication: medianOf(db.prepare(PUBLICATION_MIDDLE_SQL).all(p) as { ms: number }[]),
    leadsByMonth: [...perMonth].map(([month, byStatus]) => ({ month, total: Object.values(byStatus).reduce((s, n) => s + n, 0), byStatus })),
    leadsByCategory: [...categories]
      .map(([category, count]) => ({ category, count }))
      .sort((a, b) => b.count - a.count || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0)),
    leadsByUnit,
  };
}
