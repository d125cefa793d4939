// The "below the monthly minimum" alert: which units sent fewer leads in a finished month than the rule in effect
// at that month's end asks. Adapters count leads per unit and month in the database; the judging is here, once.
import { monthEnd, monthsOf } from './period';
import type { BelowMinimum } from './ranking';
import { ruleInEffect, type AssessmentRule } from './rule';
import { livedWholeMonth, type UnitLife } from './unitLife';

/** Only months already over are judged: on the 3rd of a month every unit would look short. */
export function finishedMonths(from: string, to: string, today: string): string[] {
  return monthsOf(from, to).filter((m) => monthEnd(m) < today);
}

/** The key adapters use for their per-unit, per-month counts. */
export const unitMonthKey = (unitId: string, month: string) => `${unitId}|${month}`;

export function belowMonthlyMinimum(
  months: string[],
  units: (Pick<UnitLife, 'createdAt' | 'deactivatedAt'> & { id: string; name: string })[],
  counts: Map<string, number>,
  rules: AssessmentRule[],
): BelowMinimum[] {
  const below: BelowMinimum[] = [];
  for (const month of months) {
    const minimum = ruleInEffect(rules, monthEnd(month)).monthlyMinimumLeads;
    if (minimum === 0) continue;
    for (const u of units) {
      if (!livedWholeMonth(u, month)) continue;
      const leads = counts.get(unitMonthKey(u.id, month)) ?? 0;
      if (leads < minimum) below.push({ id: u.id, name: u.name, month, leads, minimum });
    }
  }
  return below;
}
