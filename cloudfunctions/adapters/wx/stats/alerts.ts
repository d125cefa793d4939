// Alerts on the cloud database: each unit's latest lead and its leads per complete month, grouped in the database.
import { belowMonthlyMinimum, finishedMonths, unitMonthKey } from '../../../core/stats/monthlyMinimum';
import { addDays, dayStart, monthEnd } from '../../../core/stats/period';
import type { AlertsQuery } from '../../../core/stats/ports';
import type { Alerts } from '../../../core/stats/ranking';
import { COLLECTIONS as C } from '../documents';
import type { Database } from '../sdk';
import { all, createdIn, monthOf } from './pipeline';
import { unitsOf } from './township';

export async function alerts(db: Database, q: AlertsQuery): Promise<Alerts> {
  const $ = db.command.aggregate;
  const _ = db.command;
  const units = await unitsOf(db, q.townshipId);
  const ids = units.map((u) => u.id);
  const reference = q.to < q.today ? q.to : q.today;
  const months = finishedMonths(q.from, q.to, q.today);
  const [first, last] = [months[0], months[months.length - 1]];
  const [latest, monthly] = await Promise.all([
    ids.length === 0
      ? []
      : all<{ _id: string; last: string }>(
          db
            .collection(C.leads)
            .aggregate()
            .match({ townshipId: q.townshipId, unitId: _.in(ids), createdAt: _.lt(dayStart(addDays(reference, 1))) })
            .group({ _id: '$unitId', last: $.max('$createdAt') }),
        ),
    ids.length === 0 || !first || !last
      ? []
      : all<{ _id: { u: string; m: string }; n: number }>(
          db
            .collection(C.leads)
            .aggregate()
            .match({
              ...createdIn(db, { townshipId: q.townshipId, from: `${first}-01`, to: monthEnd(last) }),
              unitId: _.in(ids),
            })
            .group({ _id: { u: '$unitId', m: monthOf($, `${first}-01`, monthEnd(last)) }, n: $.sum(1) }),
        ),
  ]);
  const lastLead = new Map(latest.map((g) => [g._id, g.last]));
  // Silent: nothing in the N days ending on the reference date (that day included).
  const quietSince = dayStart(addDays(reference, 1 - q.silentDays));
  const silentUnits = units
    .map((u) => ({ id: u.id, name: u.name, lastLeadAt: lastLead.get(u.id) ?? null }))
    .filter((u) => u.lastLeadAt === null || u.lastLeadAt < quietSince);
  const counts = new Map(monthly.map((g) => [unitMonthKey(g._id.u, g._id.m), g.n]));
  return {
    silentDays: q.silentDays,
    silentUnits,
    belowMinimum: belowMonthlyMinimum(months, units, counts, q.rules),
    withoutPlatform: units.filter((u) => u.platforms === 0).map((u) => ({ id: u.id, name: u.name })),
  };
}
