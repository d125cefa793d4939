// The pure definition of the alerts over in-memory records (the SQL and the cloud pipelines must agree with it).
import { judgeAlerts, silenceWindow } from './alertsOf';
import { finishedMonths, unitMonthKey } from './monthlyMinimum';
import { addDays, dayStart, shanghaiDate } from './period';
import type { AlertsQuery } from './ports';
import { unitsInOrder } from './referenceFigures';
import type { Alerts } from './ranking';
import type { StatsWorld } from './world';

export function referenceAlerts(world: StatsWorld, q: Omit<AlertsQuery, 'townshipId'>): Alerts {
  const window = silenceWindow(q);
  const months = new Set(finishedMonths(q.from, q.to, q.today));
  const reference = q.to < q.today ? q.to : q.today;
  const end = dayStart(addDays(reference, 1));
  const lastLeadAt = new Map<string, string>();
  const leadDays = new Map<string, string[]>();
  const monthly = new Map<string, number>();
  for (const l of world.leads) {
    if (l.unitId === null) continue;
    const day = shanghaiDate(l.createdAt);
    if (l.createdAt < end && l.createdAt > (lastLeadAt.get(l.unitId) ?? '')) lastLeadAt.set(l.unitId, l.createdAt);
    if (window && day >= window.from && day <= window.to)
      (leadDays.get(l.unitId) ?? leadDays.set(l.unitId, []).get(l.unitId)!).push(day);
    const key = unitMonthKey(l.unitId, day.slice(0, 7));
    if (months.has(day.slice(0, 7))) monthly.set(key, (monthly.get(key) ?? 0) + 1);
  }
  return judgeAlerts({ ...q, townshipId: '' }, unitsInOrder(world), { lastLeadAt, leadDays, monthly });
}
