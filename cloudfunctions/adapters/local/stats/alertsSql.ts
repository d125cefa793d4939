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

const MONTHLY_SQL = `
  SELECT unit_id, strftime('%Y-%m', created_at, '+8 hours') AS month, count(*) AS n FROM leads
   WHERE township_id = @t AND created_at >= @start AND created_at < @end AND unit_id IS NOT NULL GROUP BY 1, 2`;

/** The days on which each unit sent a lead: at most units × days groups, never the leads themselves. */
const LEAD_DAYS_SQL = `
  SELECT DISTINCT unit_id, date(created_at, '+8 hours') AS day FROM leads
   WHERE township_id = @t AND created_at >= @start AND created_at < @end AND unit_id IS NOT NULL`;

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

  const leadDays = new Map<string, string[]>();
  if (window) {
    const days = db.prepare(LEAD_DAYS_SQL).all({ t: q.townshipId, ...range(window.from, window.to) }) as {
      unit_id: string;
      day: string;
    }[];
    for (const d of days) (leadDays.get(d.unit_id) ?? leadDays.set(d.unit_id, []).get(d.unit_id)!).push(d.day);
  }

  const months = finishedMonths(q.from, q.to, q.today);
  const monthly = new Map<string, number>();
  if (months.length > 0) {
    const counts = db.prepare(MONTHLY_SQL).all({
      t: q.townshipId,
      ...range(`${months[0]}-01`, monthEnd(months[months.length - 1]!)),
    }) as { unit_id: string; month: string; n: number }[];
    for (const r of counts) monthly.set(unitMonthKey(r.unit_id, r.month), r.n);
  }
  return judgeAlerts(q, units, { lastLeadAt, leadDays, monthly });
}
