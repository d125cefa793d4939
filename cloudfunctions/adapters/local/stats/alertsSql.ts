// Alerts: silent units, units under the monthly minimum, units without any publicity platform, each judged for the
// days the unit existed (core/stats/alertsOf.ts); the SQL only counts.
import { judgeAlerts, silenceWindow } from '../../../core/stats/alertsOf';
import { finishedMonths, unitMonthKey } from '../../../core/stats/monthlyMinimum';
import { addDays, dayStart, monthEnd } from '../../../core/stats/period';
import type { AlertsQuery } from '../../../core/stats/ports';
import type { Alerts } from '../../../core/stats/ranking';
import type { Db } from '../db';
import { UNIT_LIFE_COLUMNS, unitLifeOf, type UnitLifeRow } from './unitsSql';

/** Each unit's latest lead before `end`: one index seek per unit (leads_by_unit). */
const LAST_LEAD_SQL = `
  SELECT u.id, u.name, ${UNIT_LIFE_COLUMNS},
         (SELECT max(created_at) FROM leads l WHERE l.township_id = @t AND l.unit_id = u.id AND l.created_at < @end) AS last
    FROM units u WHERE u.township_id = @t ORDER BY u.position, u.name, u.id`;

/**
 * Leads per unit and day (Shanghai): one range of the covering leads_stats serves both the silence (the days with a lead) and the
 * monthly minimum (the days' counts summed by month); at most units × days groups, never the leads themselves.
 */
export const DAILY_SQL = `
  SELECT unit_id, date(created_at, '+8 hours') AS day, count(*) AS n FROM leads
   WHERE township_id = @t AND created_at >= @start AND created_at < @end AND unit_id IS NOT NULL GROUP BY 1, 2`;

const range = (from: string, to: string) => ({ start: dayStart(from), end: dayStart(addDays(to, 1)) });

export function alerts(db: Db, q: AlertsQuery): Alerts {
  const window = silenceWindow(q);
  const reference = q.to < q.today ? q.to : q.today;
  const rows = db.prepare(LAST_LEAD_SQL).all({ t: q.townshipId, end: range(reference, reference).end }) as ({
    id: string;
    name: string;
    last: string | null;
  } & UnitLifeRow)[];
  const units = rows.map((r) => ({ id: r.id, name: r.name, ...unitLifeOf(r) }));
  const lastLeadAt = new Map(rows.flatMap((r) => (r.last ? [[r.id, r.last] as const] : [])));

  const months = finishedMonths(q.from, q.to, q.today);
  const judged = new Set(months);
  const bounds = [
    ...(window ? [window.from, window.to] : []),
    ...months.flatMap((m) => [`${m}-01`, monthEnd(m)]),
  ].sort();
  const leadDays = new Map<string, string[]>();
  const monthly = new Map<string, number>();
  if (bounds.length > 0) {
    const daily = db.prepare(DAILY_SQL).all({
      t: q.townshipId,
      ...range(bounds[0]!, bounds[bounds.length - 1]!),
    }) as { unit_id: string; day: string; n: number }[];
    for (const { unit_id: id, day, n } of daily) {
      if (window && day >= window.from && day <= window.to)
        (leadDays.get(id) ?? leadDays.set(id, []).get(id)!).push(day);
      const key = unitMonthKey(id, day.slice(0, 7));
      if (judged.has(day.slice(0, 7))) monthly.set(key, (monthly.get(key) ?? 0) + n);
    }
  }
  return judgeAlerts(q, units, { lastLeadAt, leadDays, monthly });
}
