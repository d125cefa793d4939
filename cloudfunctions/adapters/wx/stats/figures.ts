// The summary figures as aggregation pipelines: each answers groups (months × statuses, units, categories, levels,
// kinds, buckets of time to first publication) or the one or two middle durations of a median, never the period's
// leads or publications themselves.
import {
  activitiesByKindOf,
  silentUnitsOf,
  percent,
  PUBLICATION_BUCKET_BOUNDS,
  PUBLICATION_BUCKETS,
  type PublicationBucket,
  type SummaryFigures,
  type UnitLeadFigures,
} from '../../../core/stats/figures';
import { monthsOf, silentWindow, yearOf } from '../../../core/stats/period';
import type { PeriodQuery } from '../../../core/stats/ports';
import { NO_UNIT_NAME } from '../../../core/stats/ranking';
import { cmp } from '../../../core/stats/referenceFigures';
import {
  ARTICLE_KINDS,
  LEAD_STATUSES,
  PUBLICATION_LEVELS,
  TRAINING_KIND,
  type LeadStatus,
  type PlatformKind,
} from '../../../core/vocabulary';
import { COLLECTIONS as C } from '../documents';
import type { AggExpr, Database } from '../sdk';
import { ACCEPTED, all, createdIn, medianHours, monthOf, PUBLICATION_DAY_END_MS, publishedIn } from './pipeline';
import { STATS_COLLECTIONS as S } from './collections';
import { unitsOf } from './township';
import { accountsIn, followersOn, listedIn, withoutPlatformIn } from '../../../core/stats/unitLife';

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
const HOUR = 3_600_000;
const total = (r: Record<string, number>) => Object.values(r).reduce((s, n) => s + n, 0);

type Count<K> = { _id: K; n: number };

export async function summaryFigures(db: Database, q: PeriodQuery): Promise<SummaryFigures> {
  const $ = db.command.aggregate;
  const _ = db.command;
  const leads = () => db.collection(C.leads).aggregate().match(createdIn(db, q));
  const accepted = $.cond({ if: $.in(['$status', ACCEPTED]), then: 1, else: 0 });
  const dateOf = (field: AggExpr) => $.dateFromString({ dateString: field });
  // Per lead that ran: the first publication day of the articles citing it, to its end (24:00 +08:00).
  const toFirstPublication = () =>
    leads()
      .lookup({ from: C.articles, localField: '_id', foreignField: 'leadIds', as: 'arts' })
      .project({ createdAt: 1, artIds: '$arts._id' })
      .lookup({ from: C.publications, localField: 'artIds', foreignField: 'articleId', as: 'pubs' })
      .unwind('$pubs')
      .group({ _id: '$_id', c: $.first('$createdAt'), p: $.min('$pubs.publishedAt') })
      .project({ ms: $.subtract([$.add([dateOf('$p'), PUBLICATION_DAY_END_MS]), dateOf('$c')]) });
  // The first bucket whose bound the duration does not pass (a negative one lands in the first, as it counts as 0).
  const bucketOf = $.switch({
    branches: PUBLICATION_BUCKET_BOUNDS.map(([name, hours]) => ({ case: $.lte(['$ms', hours * HOUR]), then: name })),
    default: 'gt30d',
  });
  const activities = { townshipId: q.townshipId, date: _.and([_.gte(q.from), _.lte(q.to)]) };
  const trainings = { ...activities, kind: TRAINING_KIND };

  const lastMonth = q.to.slice(0, 7);
  const planned = { townshipId: q.townshipId, year: _.and([_.gte(yearOf(q.from)), _.lte(yearOf(q.to))]) };

  const [
    units,
    byMonth,
    byUnit,
    byCategory,
    [reporters],
    byLevel,
    byKind,
    [attendees],
    toDecision,
    toPublication,
    byBucket,
    byActivityKind,
    tasks,
    done,
    followers,
    [reads],
    heard,
  ] = await Promise.all([
    unitsOf(db, q.townshipId),
    all<Count<{ m: string; s: LeadStatus }>>(
      leads().group({ _id: { m: monthOf($, q.from, q.to), s: '$status' }, n: $.sum(1) }),
    ),
    all<Count<string | null> & { a: number }>(leads().group({ _id: '$unitId', n: $.sum(1), a: $.sum(accepted) })),
    all<Count<string>>(leads().group({ _id: '$category', n: $.sum(1) })),
    all<{ n: number }>(leads().group({ _id: '$authorId' }).count('n')),
    all<Count<keyof SummaryFigures['publicationsByLevel']>>(
      db
        .collection(C.publications)
        .aggregate()
        .match(publishedIn(db, q))
        .group({ _id: '$level', n: $.sum(1) }),
    ),
    all<Count<keyof SummaryFigures['articlesByKind']>>(
      db
        .collection(C.articles)
        .aggregate()
        .match(createdIn(db, q))
        .group({ _id: '$kind', n: $.sum(1) }),
    ),
    all<{ n: number }>(
      db
        .collection(S.activities)
        .aggregate()
        .match(trainings)
        .unwind('$attendeeIds')
        .group({ _id: '$attendeeIds' })
        .count('n'),
    ),
    // Milliseconds from creation to the first review entry, for the leads that have one.
    medianHours(() =>
      leads()
        .project({ ms: $.subtract([dateOf($.arrayElemAt(['$history.at', 0])), dateOf('$createdAt')]) })
        .match({ ms: _.neq(null) }),
    ),
    medianHours(toFirstPublication),
    all<Count<PublicationBucket>>(toFirstPublication().group({ _id: bucketOf, n: $.sum(1) })),
    all<Count<string> & { p: number; b: number }>(
      db
        .collection(S.activities)
        .aggregate()
        .match(activities)
        .group({ _id: '$kind', n: $.sum(1), p: $.sum('$participants'), b: $.sum('$batches') }),
    ),
    db.collection(S.workTasks).where(planned).count(),
    db
      .collection(S.workTasks)
      .where({ ...planned, status: 'done' })
      .count(),
    // Each account's latest month up to the period's end (a group per unit and platform: tens); which count is the
    // units' lives' to say (followersOn).
    all<{ _id: { u: string; p: PlatformKind }; f: number }>(
      db
        .collection(S.platformMonths)
        .aggregate()
        .match({ townshipId: q.townshipId, month: _.lte(lastMonth) })
        .sort({ unitId: 1, platform: 1, month: -1 })
        .group({ _id: { u: '$unitId', p: '$platform' }, f: $.first('$followers') }),
    ),
    all<{ n: number }>(
      db
        .collection(S.platformMonths)
        .aggregate()
        .match({ townshipId: q.townshipId, month: _.and([_.gte(q.from.slice(0, 7)), _.lte(lastMonth)]) })
        .group({ _id: null, n: $.sum('$reads') }),
    ),
    // Each unit's most read month in the period's last months: the silent units are those without one above zero.
    all<{ _id: string; r: number }>(
      db
        .collection(S.platformMonths)
        .aggregate()
        .match({
          townshipId: q.townshipId,
          month: _.and([_.gte(silentWindow(q.from, q.to).fromMonth), _.lte(lastMonth)]),
        })
        .group({ _id: '$unitId', r: $.max('$reads') }),
    ),
  ]);

  const known = new Set(units.map((u) => u.id));
  const perUnit = new Map<string | null, { s: number; a: number }>();
  for (const g of byUnit) {
    const key = g._id !== null && known.has(g._id) ? g._id : null;
    const u = perUnit.get(key) ?? { s: 0, a: 0 };
    perUnit.set(key, { s: u.s + g.n, a: u.a + g.a });
  }
  const unitRow = (unitId: string | null, unitName: string): UnitLeadFigures => {
    const u = perUnit.get(unitId) ?? { s: 0, a: 0 };
    return { unitId, unitName, leadsSubmitted: u.s, leadsAccepted: u.a, adoptionRate: percent(u.a, u.s) };
  };
  const leadsByUnit = units
    .filter((u) => listedIn(u, perUnit.get(u.id)?.s ?? 0, q.from, q.to))
    .map((u) => unitRow(u.id, u.name));
  if (perUnit.has(null)) leadsByUnit.push(unitRow(null, NO_UNIT_NAME));

  const perMonth = new Map(monthsOf(q.from, q.to).map((m) => [m, zeros(LEAD_STATUSES)]));
  for (const g of byMonth) perMonth.get(g._id.m)![g._id.s] += g.n;
  const publicationsByLevel = zeros(PUBLICATION_LEVELS);
  for (const g of byLevel) publicationsByLevel[g._id] = g.n;
  const articlesByKind = zeros(ARTICLE_KINDS);
  for (const g of byKind) articlesByKind[g._id] = g.n;
  const hoursToFirstPublicationBuckets = zeros(PUBLICATION_BUCKETS);
  for (const g of byBucket) hoursToFirstPublicationBuckets[g._id] = g.n;
  const submitted = byUnit.reduce((s, g) => s + g.n, 0);
  const acceptedTotal = byUnit.reduce((s, g) => s + g.a, 0);
  const noPlatform = withoutPlatformIn(units, q.from, q.to).map((u) => ({ id: u.id, name: u.name }));
  const silent = leadsByUnit
    .filter((u) => u.unitId !== null && u.leadsSubmitted === 0)
    .map((u) => ({ id: u.unitId!, name: u.unitName }));

  const activitiesByKind = activitiesByKindOf(
    byActivityKind.map((g) => ({ kind: g._id, count: g.n, participants: g.p, batches: g.b })),
  );
  return {
    from: q.from,
    to: q.to,
    leadsSubmitted: submitted,
    leadsAccepted: acceptedTotal,
    adoptionRate: percent(acceptedTotal, submitted),
    publicationsByLevel,
    publicationsTotal: total(publicationsByLevel),
    articlesByKind,
    articlesTotal: total(articlesByKind),
    activeReporters: reporters?.n ?? 0,
    trainings: activitiesByKind[TRAINING_KIND]?.count ?? 0,
    trainingAttendees: attendees?.n ?? 0,
    workPlan: { tasks: tasks.total, done: done.total },
    newMedia: {
      accounts: accountsIn(units, q.from, q.to),
      followers: followersOn(
        units,
        followers.map((g) => ({ unitId: g._id.u, platform: g._id.p, followers: g.f })),
        q.to,
      ),
      reads: reads?.n ?? 0,
      silentUnits: silentUnitsOf(
        units,
        heard.filter((h) => h.r > 0).map((h) => ({ id: h._id })),
        q.from,
        q.to,
      ),
    },
    activitiesByKind,
    unitsWithoutPlatform: { count: noPlatform.length, units: noPlatform },
    unitsWithoutLeads: { count: silent.length, units: silent },
    medianHoursToDecision: toDecision,
    medianHoursToFirstPublication: toPublication,
    hoursToFirstPublicationBuckets,
    leadsByMonth: [...perMonth].map(([month, byStatus]) => ({ month, total: total(byStatus), byStatus })),
    leadsByCategory: byCategory
      .map((g) => ({ category: g._id, count: g.n }))
      .sort((a, b) => b.count - a.count || cmp(a.category, b.category)),
    leadsByUnit,
  };
}
