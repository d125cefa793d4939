// The summary figures as SQL aggregates: each query returns counts or a few middle rows, never the period's records.
// Leads are counted by index ranges (leadCountsSql.ts), the medians read one or two middle rows (mediansSql.ts).
import {
  activitiesByKindOf,
  percent,
  silentUnitsOf,
  type SummaryFigures,
  type UnitLeadFigures,
} from '../../../core/stats/figures';
import { periodInstants, silentWindow, yearOf } from '../../../core/stats/period';
import { NO_UNIT_NAME } from '../../../core/stats/ranking';
import type { PeriodQuery } from '../../../core/stats/ports';
import { ARTICLE_KINDS, PUBLICATION_LEVELS, TRAINING_KIND } from '../../../core/vocabulary';
import {
  accountsIn,
  followersOn,
  listedIn,
  withoutPlatformIn,
  type AccountFollowers,
} from '../../../core/stats/unitLife';
import type { Db } from '../db';
import { leadCounts } from './leadCountsSql';
import { medianHours } from './mediansSql';
import { HEARD_UNITS_SQL, LATEST_FOLLOWERS_SQL, READS_SQL } from './reachSql';

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
const sum = (ns: number[]) => ns.reduce((s, n) => s + n, 0);

interface Params {
  t: string;
  from: string;
  to: string;
  start: string;
  end: string;
}

export function periodParams(q: PeriodQuery): Params {
  return { t: q.townshipId, from: q.from, to: q.to, ...periodInstants(q.from, q.to) };
}

/** Distinct authors: SQLite skips from one author to the next in leads_mine rather than reading every lead. */
export const ACTIVE_REPORTERS_SQL = `
  SELECT count(DISTINCT author_id) AS n FROM leads INDEXED BY leads_mine WHERE township_id = @t AND created_at >= @start AND created_at < @end`;

export const PUBLICATIONS_SQL = `
  SELECT level, count(*) AS n FROM publications
   WHERE township_id = @t AND published_at >= @from AND published_at <= @to GROUP BY level`;

export const ARTICLES_SQL = `
  SELECT kind, count(*) AS n FROM articles WHERE township_id = @t AND created_at >= @start AND created_at < @end GROUP BY kind`;

/** The distinct people at the period's trainings (activities of kind 业务培训, @k); how many trainings is per kind. */
export const TRAINING_ATTENDEES_SQL = `
  SELECT count(DISTINCT aa.account_id) AS n FROM activities a JOIN activity_attendees aa ON aa.activity_id = a.id
   WHERE a.township_id = @t AND a.kind = @k AND a.date >= @from AND a.date <= @to`;

/** Per kind: activities, people and batches of the period (the kind index, then the period's rows of each kind). */
export const ACTIVITIES_BY_KIND_SQL = `
  SELECT kind, count(*) AS count, sum(participants) AS participants, sum(batches) AS batches FROM activities
   WHERE township_id = @t AND date >= @from AND date <= @to GROUP BY kind`;

/** Key tasks of the plans of the years @fromYear..@toYear, and the finished ones (work_tasks_by_year). */
export const WORK_PLAN_SQL = `
  SELECT count(*) AS tasks, coalesce(sum(status = 'done'), 0) AS done FROM work_tasks
   WHERE township_id = @t AND year >= @fromYear AND year <= @toYear`;

export function summaryFigures(db: Db, q: PeriodQuery): SummaryFigures {
  const p = periodParams(q);
  const leads = leadCounts(db, q, p);
  const leadsByMonth = [...leads.byMonth].map(([month, byStatus]) => ({
    month,
    total: sum(Object.values(byStatus)),
    byStatus,
  }));
  const submitted = sum(leadsByMonth.map((m) => m.total));
  const accepted = sum(leadsByMonth.map((m) => m.byStatus.accepted + m.byStatus.used));

  const unitRow = (unitId: string | null, unitName: string, s: number, a: number): UnitLeadFigures => ({
    unitId,
    unitName,
    leadsSubmitted: s,
    leadsAccepted: a,
    adoptionRate: percent(a, s),
  });
  const leadsByUnit = leads.units
    .filter((u) => listedIn(u, u.submitted, q.from, q.to))
    .map((u) => unitRow(u.id, u.name, u.submitted, u.accepted));
  // Leads of no unit (or of a unit since removed) are what the units do not account for: the rows sum to the total.
  const orphans = submitted - sum(leads.units.map((u) => u.submitted));
  if (orphans > 0)
    leadsByUnit.push(unitRow(null, NO_UNIT_NAME, orphans, accepted - sum(leads.units.map((u) => u.accepted))));

  const publicationsByLevel = zeros(PUBLICATION_LEVELS);
  for (const r of db.prepare(PUBLICATIONS_SQL).all(p) as { level: keyof typeof publicationsByLevel; n: number }[])
    publicationsByLevel[r.level] = r.n;
  const articlesByKind = zeros(ARTICLE_KINDS);
  for (const r of db.prepare(ARTICLES_SQL).all(p) as { kind: keyof typeof articlesByKind; n: number }[])
    articlesByKind[r.kind] = r.n;
  const activitiesByKind = activitiesByKindOf(
    db.prepare(ACTIVITIES_BY_KIND_SQL).all(p) as Parameters<typeof activitiesByKindOf>[0],
  );
  const noPlatform = withoutPlatformIn(leads.units, q.from, q.to).map((u) => ({ id: u.id, name: u.name }));
  const silent = leadsByUnit.filter((u) => u.leadsSubmitted === 0).map((u) => ({ id: u.unitId!, name: u.unitName }));
  const medians = medianHours(db, p);
  const months = { t: q.townshipId, fromMonth: q.from.slice(0, 7), toMonth: q.to.slice(0, 7) };

  return {
    from: q.from,
    to: q.to,
    leadsSubmitted: submitted,
    leadsAccepted: accepted,
    adoptionRate: percent(accepted, submitted),
    publicationsByLevel,
    publicationsTotal: sum(Object.values(publicationsByLevel)),
    articlesByKind,
    articlesTotal: sum(Object.values(articlesByKind)),
    activeReporters: (db.prepare(ACTIVE_REPORTERS_SQL).get(p) as { n: number }).n,
    trainings: activitiesByKind[TRAINING_KIND]?.count ?? 0,
    trainingAttendees: (db.prepare(TRAINING_ATTENDEES_SQL).get({ ...p, k: TRAINING_KIND }) as { n: number }).n,
    newMedia: {
      accounts: accountsIn(leads.units, q.from, q.to),
      followers: followersOn(leads.units, db.prepare(LATEST_FOLLOWERS_SQL).all(months) as AccountFollowers[], q.to),
      reads: (db.prepare(READS_SQL).get(months) as { reads: number }).reads,
      silentUnits: silentUnitsOf(
        leads.units,
        db.prepare(HEARD_UNITS_SQL).all({ t: q.townshipId, ...silentWindow(q.from, q.to) }) as { id: string }[],
        q.from,
        q.to,
      ),
    },
    workPlan: db.prepare(WORK_PLAN_SQL).get({ t: q.townshipId, fromYear: yearOf(q.from), toYear: yearOf(q.to) }) as {
      tasks: number;
      done: number;
    },
    activitiesByKind,
    unitsWithoutPlatform: { count: noPlatform.length, units: noPlatform },
    unitsWithoutLeads: { count: silent.length, units: silent },
    medianHoursToDecision: medians.decision,
    medianHoursToFirstPublication: medians.publication,
    hoursToFirstPublicationBuckets: medians.publicationBuckets,
    leadsByMonth,
    leadsByCategory: leads.categories.sort(
      (a, b) => b.count - a.count || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0),
    ),
    leadsByUnit,
  };
}
