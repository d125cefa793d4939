// Alerts on the cloud database: each unit's latest lead, the days it sent one and its leads per complete month,
// grouped in the database; the judging (each unit for the days it existed) is core/stats/alertsOf.ts.
import { judgeAlerts, silenceWindow } from '../../../core/stats/alertsOf';
import { finishedMonths, unitMonthKey } from '../../../core/stats/monthlyMinimum';
import { addDays, dayStart, monthEnd } from '../../../core/stats/period';
import type { AlertsQuery } from '../../../core/stats/ports';
import type { Alerts } from '../../../core/stats/ranking';
import { COLLECTIONS as C } from '../documents';
import type { Database } from '../sdk';
import { all, createdIn, monthOf, shanghaiDay } from './pipeline';
import { unitsOf } from './township';

export async function alerts(db: Database, q: AlertsQuery): Promise<Alerts> {
  const $ = db.command.aggregate;
  const _ = db.command;
  const units = await unitsOf(db, q.townshipId);
  const ids = units.map((u) => u.id);
  const reference = q.to < q.today ? q.to : q.today;
  const window = silenceWindow(q);
  const months = finishedMonths(q.from, q.to, q.today);
  const [first, last] = [months[0], months[months.length - 1]];
  const leads = () => db.collection(C.leads).aggregate();
  const [latest, days, monthly] = await Promise.all([
    ids.length === 0
      ? []
      : all<{ _id: string; last: string }>(
          leads()
            .match({ townshipId: q.townshipId, unitId: _.in(ids), createdAt: _.lt(dayStart(addDays(reference, 1))) })
            .group({ _id: '$unitId', last: $.max('$createdAt') }),
        ),
    ids.length === 0 || !window
      ? []
      : // One group per unit with its days (at most 366 a year): units × days groups would pass the result cap.
        all<{ _id: string; days: string[] }>(
          leads()
            .match({ ...createdIn(db, { townshipId: q.townshipId, ...window }), unitId: _.in(ids) })
            .group({ _id: '$unitId', days: $.addToSet(shanghaiDay($, '$createdAt')) }),
        ),
    ids.length === 0 || !first || !last
      ? []
      : all<{ _id: { u: string; m: string }; n: number }>(
          leads()
            .match({
              ...createdIn(db, { townshipId: q.townshipId, from: `${first}-01`, to: monthEnd(last) }),
              unitId: _.in(ids),
            })
            .group({ _id: { u: '$unitId', m: monthOf($, `${first}-01`, monthEnd(last)) }, n: $.sum(1) }),
        ),
  ]);
  return judgeAlerts(q, units, {
    lastLeadAt: new Map(latest.map((g) => [g._id, g.last])),
    leadDays: new Map(days.map((g) => [g._id, g.days])),
    monthly: new Map(monthly.map((g) => [unitMonthKey(g._id.u, g._id.m), g.n])),
  });
}
