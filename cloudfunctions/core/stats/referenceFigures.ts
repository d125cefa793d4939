// The pure definition of every summary figure over in-memory records (the SQL adapters must agree with it).
import { endOfPublicationDay } from '../leads/timeliness';
import { ARTICLE_KINDS, LEAD_STATUSES, PUBLICATION_LEVELS, TRAINING_KIND, type LeadStatus } from '../vocabulary';
import {
  activitiesByKindOf,
  percent,
  PUBLICATION_BUCKETS,
  publicationBucket,
  type SummaryFigures,
  type UnitLeadFigures,
} from './figures';
import { monthsOf, periodInstants, shanghaiDate, silentStart, silentWindow, yearOf } from './period';
import { NO_UNIT_NAME } from './ranking';
import { accountsIn, listedIn, livedIn, platformsIn, withoutPlatformIn } from './unitLife';
import type { StatsWorld, WorldLead, WorldPlatformMonth } from './world';

const HOUR = 3_600_000;
const ACCEPTED: readonly LeadStatus[] = ['accepted', 'used'];
export const isAccepted = (l: { status: LeadStatus }) => ACCEPTED.includes(l.status);

/** The median, rounded to one decimal; for an even count, the mean of the two middle values. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const m = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return Math.round(m * 10) / 10;
}

/** Binary string order, as SQLite's ORDER BY compares TEXT. */
export const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** The township's units in list order. */
export const unitsInOrder = (world: StatsWorld) =>
  [...world.units].sort((a, b) => a.position - b.position || cmp(a.name, b.name) || cmp(a.id, b.id));

export function leadsInPeriod(world: StatsWorld, from: string, to: string): WorldLead[] {
  const { start, end } = periodInstants(from, to);
  return world.leads.filter((l) => l.createdAt >= start && l.createdAt < end);
}

/** Hours from submission to the first publication day's end, for each lead of `leads` that was published. */
function hoursToFirstPublication(world: StatsWorld, leads: WorldLead[]): number[] {
  const firstPub = new Map<string, string>();
  const articlesOfLead = new Map<string, string[]>();
  for (const a of world.articles)
    for (const id of a.leadIds) articlesOfLead.set(id, [...(articlesOfLead.get(id) ?? []), a.id]);
  for (const p of world.publications) {
    const known = firstPub.get(p.articleId);
    if (!known || p.publishedAt < known) firstPub.set(p.articleId, p.publishedAt);
  }
  return leads.flatMap((l) => {
    const dates = (articlesOfLead.get(l.id) ?? []).flatMap((a) => (firstPub.has(a) ? [firstPub.get(a)!] : [])).sort();
    return dates[0] ? [Math.max(0, (endOfPublicationDay(dates[0]) - Date.parse(l.createdAt)) / HOUR)] : [];
  });
}

export function referenceFigures(world: StatsWorld, from: string, to: string): SummaryFigures {
  const leads = leadsInPeriod(world, from, to);
  const accepted = leads.filter(isAccepted).length;
  const { start, end } = periodInstants(from, to);

  const publicationsByLevel = zeros(PUBLICATION_LEVELS);
  for (const p of world.publications)
    if (p.publishedAt >= from && p.publishedAt <= to) publicationsByLevel[p.level] += 1;
  const articlesByKind = zeros(ARTICLE_KINDS);
  for (const a of world.articles) if (a.createdAt >= start && a.createdAt < end) articlesByKind[a.kind] += 1;

  const attendees = new Set<string>();
  const trainings = world.activities.filter((t) => t.kind === TRAINING_KIND && t.date >= from && t.date <= to);
  for (const t of trainings) for (const id of t.attendeeIds) attendees.add(id);
  const planned = world.workTasks.filter((t) => t.year >= yearOf(from) && t.year <= yearOf(to));
  const activitiesByKind = activitiesByKindOf(
    world.activities
      .filter((a) => a.date >= from && a.date <= to)
      .map((a) => ({ kind: a.kind, count: 1, participants: a.participants, batches: a.batches })),
  );

  const units = unitsInOrder(world);
  const byUnit = (unitId: string | null, unitName: string): UnitLeadFigures => {
    const mine = leads.filter((l) => l.unitId === unitId);
    const ok = mine.filter(isAccepted).length;
    return { unitId, unitName, leadsSubmitted: mine.length, leadsAccepted: ok, adoptionRate: percent(ok, mine.length) };
  };
  const leadsByUnit = units
    .map((u) => ({ u, row: byUnit(u.id, u.name) }))
    .filter(({ u, row }) => listedIn(u, row.leadsSubmitted, from, to))
    .map(({ row }) => row);
  const known = new Set(units.map((u) => u.id));
  // Leads of no unit (or of a unit since removed) keep the sum over units equal to the total.
  const orphans = leads.filter((l) => l.unitId === null || !known.has(l.unitId));
  if (orphans.length) {
    const ok = orphans.filter(isAccepted).length;
    leadsByUnit.push({
      unitId: null,
      unitName: NO_UNIT_NAME,
      leadsSubmitted: orphans.length,
      leadsAccepted: ok,
      adoptionRate: percent(ok, orphans.length),
    });
  }

  const categories = new Map<string, number>();
  for (const l of leads) categories.set(l.category, (categories.get(l.category) ?? 0) + 1);
  const leadsByMonth = monthsOf(from, to).map((month) => {
    const byStatus = zeros(LEAD_STATUSES);
    for (const l of leads) if (shanghaiDate(l.createdAt).startsWith(month)) byStatus[l.status] += 1;
    return { month, total: Object.values(byStatus).reduce((s, n) => s + n, 0), byStatus };
  });

  const toFirstPublication = hoursToFirstPublication(world, leads);
  const hoursToFirstPublicationBuckets = zeros(PUBLICATION_BUCKETS);
  for (const h of toFirstPublication) hoursToFirstPublicationBuckets[publicationBucket(h)] += 1;

  const noPlatform = withoutPlatformIn(units, from, to).map((u) => ({ id: u.id, name: u.name }));
  const silent = leadsByUnit
    .filter((u) => u.unitId !== null && u.leadsSubmitted === 0)
    .map((u) => ({ id: u.unitId!, name: u.unitName }));
  return {
    from,
    to,
    leadsSubmitted: leads.length,
    leadsAccepted: accepted,
    adoptionRate: percent(accepted, leads.length),
    publicationsByLevel,
    publicationsTotal: Object.values(publicationsByLevel).reduce((s, n) => s + n, 0),
    articlesByKind,
    articlesTotal: Object.values(articlesByKind).reduce((s, n) => s + n, 0),
    activeReporters: new Set(leads.map((l) => l.authorId)).size,
    trainings: trainings.length,
    trainingAttendees: attendees.size,
    activitiesByKind,
    newMedia: newMediaOf(world, units, from, to),
    workPlan: {
      tasks: planned.length,
      done: planned.filter((t) => t.status === 'done').length,
    },
    unitsWithoutPlatform: { count: noPlatform.length, units: noPlatform },
    unitsWithoutLeads: { count: silent.length, units: silent },
    medianHoursToDecision: median(
      leads.flatMap((l) =>
        l.firstDecisionAt ? [Math.max(0, (Date.parse(l.firstDecisionAt) - Date.parse(l.createdAt)) / HOUR)] : [],
      ),
    ),
    medianHoursToFirstPublication: median(toFirstPublication),
    hoursToFirstPublicationBuckets,
    leadsByMonth,
    leadsByCategory: [...categories]
      .map(([category, count]) => ({ category, count }))
      .sort((a, b) => b.count - a.count || cmp(a.category, b.category)),
    leadsByUnit,
  };
}

/** The definition of newMedia (figures.ts): followers from each account's latest month up to the period's end. */
function newMediaOf(
  world: StatsWorld,
  units: StatsWorld['units'],
  from: string,
  to: string,
): SummaryFigures['newMedia'] {
  const [first, last] = [from.slice(0, 7), to.slice(0, 7)];
  const latest = new Map<string, WorldPlatformMonth>();
  let reads = 0;
  for (const m of world.platformMonths) {
    if (m.month >= first && m.month <= last) reads += m.reads;
    const key = `${m.unitId}:${m.platform}`;
    if (m.month <= last && m.month > (latest.get(key)?.month ?? '')) latest.set(key, m);
  }
  const { fromMonth, toMonth } = silentWindow(from, to);
  const heard = (unitId: string) =>
    world.platformMonths.some((m) => m.unitId === unitId && m.month >= fromMonth && m.month <= toMonth && m.reads > 0);
  // Followers at the period's end: of an account running on its last day, of a unit living that day.
  const ran = (m: WorldPlatformMonth) =>
    world.units.some((u) => u.id === m.unitId && livedIn(u, to, to) && platformsIn(u, to, to).includes(m.platform));
  const start = silentStart(from, to);
  return {
    accounts: accountsIn(world.units, from, to),
    followers: [...latest.values()].filter(ran).reduce((n, m) => n + m.followers, 0),
    reads,
    silentUnits: units
      .filter((u) => livedIn(u, from, to) && platformsIn(u, start, to).length > 0 && !heard(u.id))
      .map((u) => ({ id: u.id, name: u.name })),
  };
}
