// Alerts: silent units, units under the monthly minimum, units without any publicity platform.
import { belowMonthlyMinimum, finishedMonths, unitMonthKey } from '../../../core/stats/monthlyMinimum';
import { addDays, dayStart, monthEnd } from '../../../core/stats/period';
import type { AlertsQuery } from '../../../core/stats/ports';
import type { Alerts, BelowMinimum } from '../../../core/stats/ranking';
import type { Db } from '../db';

/** Each unit's latest lead before `end`: one index seek per unit (leads_by_unit). */
const LAST_LEAD_SQL = `
  SELECT u.id, u.name, json_array_length(u.platforms) AS platforms,
         (SELECT max(created_at) FROM leads l WHERE l.township_id = @t AND l.unit_id = u.id AND l.created_at < @end) AS last
    FROM units u WHERE u.township_id = @t ORDER BY u.position, u.name, u.id`;

const MONTHLY_SQL = `
  SELECT unit_id, strftime('%Y-%m', created_at, '+8 hours') AS month, count(*) AS n FROM leads
   WHERE township_id = @t AND created_at >= @start AND created_at < @end AND unit_id IS NOT NULL GROUP BY 1, 2`;

export function alerts(db: Db, q: AlertsQuery): Alerts {
  const reference = q.to < q.today ? q.to : q.today;
  const units = db.prepare(LAST_LEAD_SQL).all({ t: q.townshipId, end: dayStart(addDays(reference, 1)) }) as {
    id: string;
    name: string;
    platforms: number;
    last: string | null;
  }[];
  // Silent: nothing in the N days ending on the reference date (that day included).
  const quietSince = dayStart(addDays(reference, 1 - q.silentDays));
  const silentUnits = units
    .filter((u) => u.last === null || u.last < quietSince)
    .map((u) => ({ id: u.id, name: u.name, lastLeadAt: u.last }));

  const months = finishedMonths(q.from, q.to, q.today);
  let belowMinimum: BelowMinimum[] = [];
  if (months.length > 0) {
    const counts = new Map<string, number>();
    const rows = db.prepare(MONTHLY_SQL).all({
      t: q.townshipId,
      start: dayStart(`${months[0]}-01`),
      end: dayStart(addDays(monthEnd(months[months.length - 1]!), 1)),
    }) as { unit_id: string; month: string; n: number }[];
    for (const r of rows) counts.set(unitMonthKey(r.unit_id, r.month), r.n);
    belowMinimum = belowMonthlyMinimum(months, units, counts, q.rules);
  }
  return {
    silentDays: q.silentDays,
    silentUnits,
    belowMinimum,
    withoutPlatform: units.filter((u) => u.platforms === 0).map((u) => ({ id: u.id, name: u.name })),
  };
}
