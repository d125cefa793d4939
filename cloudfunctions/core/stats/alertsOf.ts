// The alerts of a period judged from the counts an adapter gathers (or the reference computes): each unit is judged
// only for the days it existed (unitLife.ts). Adapters count in the database; the judging is here, once.
import { belowMonthlyMinimum, finishedMonths } from './monthlyMinimum';
import type { AlertsQuery } from './ports';
import type { Alerts, SilentUnit } from './ranking';
import { lifeWithin, longestSilence, withoutPlatformIn, type UnitLife } from './unitLife';

export interface AlertUnit extends UnitLife {
  id: string;
  name: string;
}

export interface AlertCounts {
  /** Each unit's latest lead (ISO) before the silence window's end. */
  lastLeadAt: Map<string, string>;
  /** Per unit, the days (YYYY-MM-DD) inside the silence window on which it sent a lead. */
  leadDays: Map<string, string[]>;
  /** Leads per unitMonthKey over the finished months (finishedMonths). */
  monthly: Map<string, number>;
}

/** The period up to today (that day included): silence is not looked for in days still to come. */
export function silenceWindow(q: Pick<AlertsQuery, 'from' | 'to' | 'today'>): { from: string; to: string } | null {
  const to = q.to < q.today ? q.to : q.today;
  return q.from <= to ? { from: q.from, to } : null;
}

export function judgeAlerts(q: AlertsQuery, units: AlertUnit[], c: AlertCounts): Alerts {
  const window = silenceWindow(q);
  const silentUnits: SilentUnit[] = [];
  for (const u of window ? units : []) {
    const life = lifeWithin(u, window!.from, window!.to);
    const silence = life && longestSilence(c.leadDays.get(u.id) ?? [], life.from, life.to);
    if (!silence || silence.days < q.silentDays) continue;
    silentUnits.push({
      id: u.id,
      name: u.name,
      lastLeadAt: c.lastLeadAt.get(u.id) ?? null,
      longestSilentDays: silence.days,
      silentFrom: silence.from,
      silentTo: silence.to,
    });
  }
  return {
    silentDays: q.silentDays,
    silenceWindow: window,
    silentUnits,
    belowMinimum: belowMonthlyMinimum(finishedMonths(q.from, q.to, q.today), units, c.monthly, q.rules),
    withoutPlatform: withoutPlatformIn(units, q.from, q.to).map((u) => ({ id: u.id, name: u.name })),
  };
}
