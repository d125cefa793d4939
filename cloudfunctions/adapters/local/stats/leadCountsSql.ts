// The period's leads counted by month and status, by unit and by category: index range counts (migration 103), so
// a year of 100,000 leads is counted without sorting a row or reading a lead. Each query returns a few hundred counts.
import { addDays, dayStart, monthEnd, monthsOf } from '../../../core/stats/period';
import type { PeriodQuery } from '../../../core/stats/ports';
import { LEAD_STATUSES, type LeadStatus } from '../../../core/vocabulary';
import type { UnitLife } from '../../../core/stats/unitLife';
import type { Db } from '../db';
import { UNIT_LIFE_COLUMNS, unitLifeOf, type UnitLifeRow } from './unitsSql';

/** Statuses that count as accepted, whatever happened after (docs/summary.md). */
export const ACCEPTED_SQL = `('accepted', 'used')`;

/** Per month of the period (clipped to it) and status: a range of leads_status_time each. `@months` is a JSON array
 * of [month, start, end]. */
export const LEADS_BY_MONTH_SQL = `
  SELECT m.value ->> 0 AS month, s.value AS status,
         (SELECT count(*) FROM leads INDEXED BY leads_status_time
           WHERE township_id = @t AND status = s.value AND created_at >= m.value ->> 1 AND created_at < m.value ->> 2) AS n
    FROM json_each(@months) m, json_each(@statuses) s`;

/** Every unit of the township in its order, with its life (unitsSql.ts), with the period's leads (leads_by_unit) and accepted ones. */
export const LEADS_BY_UNIT_SQL = `
  SELECT u.id, u.name, ${UNIT_LIFE_COLUMNS},
         (SELECT count(*) FROM leads INDEXED BY leads_by_unit
           WHERE township_id = @t AND unit_id = u.id AND created_at >= @start AND created_at < @end) AS submitted,
         (SELECT count(*) FROM leads INDEXED BY leads_unit_status_time
           WHERE township_id = @t AND unit_id = u.id AND status IN ${ACCEPTED_SQL} AND created_at >= @start AND created_at < @end) AS accepted
    FROM units u WHERE u.township_id = @t ORDER BY u.position, u.name, u.id`;

/** The township's categories found one index seek each (a loose index scan), then the period's count of each. */
export const LEADS_BY_CATEGORY_SQL = `
  WITH RECURSIVE c(category) AS (
    SELECT min(category) FROM leads INDEXED BY leads_category_time WHERE township_id = @t
    UNION ALL
    SELECT (SELECT min(category) FROM leads INDEXED BY leads_category_time WHERE township_id = @t AND category > c.category)
      FROM c WHERE c.category IS NOT NULL),
  n AS MATERIALIZED (
    SELECT category, (SELECT count(*) FROM leads INDEXED BY leads_category_time
                       WHERE township_id = @t AND category = c.category AND created_at >= @start AND created_at < @end) AS count
      FROM c WHERE category IS NOT NULL)
  SELECT category, count FROM n WHERE count > 0`;

/** [month, start, end) instants of every month the period touches, clipped to the period. */
export function monthRanges(q: PeriodQuery): [string, string, string][] {
  return monthsOf(q.from, q.to).map((month) => {
    const first = `${month}-01` < q.from ? q.from : `${month}-01`;
    const last = monthEnd(month) > q.to ? q.to : monthEnd(month);
    return [month, dayStart(first), dayStart(addDays(last, 1))];
  });
}

export interface UnitCounts extends UnitLife {
  id: string;
  name: string;
  submitted: number;
  accepted: number;
}

export interface LeadCounts {
  byMonth: Map<string, Record<LeadStatus, number>>;
  units: UnitCounts[];
  categories: { category: string; count: number }[];
}

export function leadCounts(db: Db, q: PeriodQuery, period: { start: string; end: string }): LeadCounts {
  const p = { t: q.townshipId, ...period };
  const statuses = JSON.stringify(LEAD_STATUSES);
  const byMonth = new Map(
    monthsOf(q.from, q.to).map((m) => [
      m,
      Object.fromEntries(LEAD_STATUSES.map((s) => [s, 0])) as Record<LeadStatus, number>,
    ]),
  );
  const rows = db.prepare(LEADS_BY_MONTH_SQL).all({ t: p.t, months: JSON.stringify(monthRanges(q)), statuses }) as {
    month: string;
    status: LeadStatus;
    n: number;
  }[];
  for (const r of rows) byMonth.get(r.month)![r.status] = r.n;
  return {
    byMonth,
    units: (db.prepare(LEADS_BY_UNIT_SQL).all(p) as (Omit<UnitCounts, keyof UnitLife> & UnitLifeRow)[]).map((r) => ({
      id: r.id,
      name: r.name,
      submitted: r.submitted,
      accepted: r.accepted,
      ...unitLifeOf(r),
    })),
    categories: db.prepare(LEADS_BY_CATEGORY_SQL).all(p) as { category: string; count: number }[],
  };
}
