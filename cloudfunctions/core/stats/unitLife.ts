// A unit counts for a period only for the days it existed: from the day it was created (Asia/Shanghai) to the day
// it was deactivated, both included; a platform runs from the day it started to the day it stopped, if it did, and
// may run again later (each run counted for its own days). A period's accounts are the platforms that ran on some day
// of it; its platform gaps and its followers are judged on its last day. Every adapter loads the township's units
// whole (tens of rows) and judges them here, so the rule is written once.
import type { PlatformRun } from '../accounts/records';
import { PLATFORM_KINDS, type PlatformKind } from '../vocabulary';
import { addDays, monthEnd, shanghaiDate } from './period';

export interface UnitLife {
  createdAt: string;
  deactivatedAt: string | null;
  platforms: PlatformKind[];
  platformSince: Partial<Record<PlatformKind, string>>;
  platformRuns: PlatformRun[];
}

const DAY = 86_400_000;
const min = (a: string, b: string) => (a < b ? a : b);
const max = (a: string, b: string) => (a > b ? a : b);

/** The first and last day (inclusive) of the unit's life inside [from, to], or null when it did not exist then. */
export function lifeWithin(u: Pick<UnitLife, 'createdAt' | 'deactivatedAt'>, from: string, to: string) {
  const first = max(from, shanghaiDate(u.createdAt));
  const last = u.deactivatedAt ? min(to, shanghaiDate(u.deactivatedAt)) : to;
  return first <= last ? { from: first, to: last } : null;
}

/** Whether the unit existed on at least one day of the period. */
export const livedIn = (u: Pick<UnitLife, 'createdAt' | 'deactivatedAt'>, from: string, to: string) =>
  lifeWithin(u, from, to) !== null;

/** Whether a unit has a row in the period's lists by unit: it lived then, or leads of the period name it. */
export const listedIn = (u: Pick<UnitLife, 'createdAt' | 'deactivatedAt'>, leads: number, from: string, to: string) =>
  leads > 0 || livedIn(u, from, to);

/**
 * Whether a month is judged against the monthly minimum for the unit: only a month it existed for whole, since a
 * unit added on the 20th cannot have sent a month's leads.
 */
export const livedWholeMonth = (u: Pick<UnitLife, 'createdAt' | 'deactivatedAt'>, month: string) => {
  const life = lifeWithin(u, `${month}-01`, monthEnd(month));
  return life !== null && life.from === `${month}-01` && life.to === monthEnd(month);
};

/**
 * The platforms the unit ran on some day of [from, to], in vocabulary order: a listed one started by its end (one
 * without a start day counts from the unit's start), or an earlier run overlapping it.
 */
export function platformsIn(u: UnitLife, from: string, to: string): PlatformKind[] {
  const runs = (p: PlatformKind) =>
    (u.platforms.includes(p) && (u.platformSince[p] ?? shanghaiDate(u.createdAt)) <= to) ||
    u.platformRuns.some((r) => r.platform === p && r.since <= to && r.until >= from);
  return PLATFORM_KINDS.filter(runs);
}

/**
 * The platforms whose figures of `month` (YYYY-MM) may be entered, in vocabulary order: those the unit runs, and those
 * of an earlier run that ended in that month or later (a month's figures come in after it ends, also after a platform
 * is given up).
 */
export const platformsForMonth = (u: Pick<UnitLife, 'platforms' | 'platformRuns'>, month: string): PlatformKind[] =>
  PLATFORM_KINDS.filter(
    (p) => u.platforms.includes(p) || u.platformRuns.some((r) => r.platform === p && r.until.slice(0, 7) >= month),
  );

/** The last day of the platform's latest earlier run, or null when it never stopped (a label for the screens). */
export const stoppedOn = (u: Pick<UnitLife, 'platformRuns'>, p: PlatformKind): string | null =>
  u.platformRuns
    .filter((r) => r.platform === p)
    .map((r) => r.until)
    .sort()
    .pop() ?? null;

/**
 * Units that lived in the period and ran no platform on its last day (theirs, for a unit deactivated in it): the
 * period's platform gaps. A unit that gave up its only platform during the period is one.
 */
export const withoutPlatformIn = <U extends UnitLife>(units: U[], from: string, to: string): U[] =>
  units.filter((u) => {
    const last = lifeWithin(u, from, to)?.to;
    return last !== undefined && platformsIn(u, last, last).length === 0;
  });

/** Publicity accounts of the units that lived in the period, counting each platform that ran in it. */
export const accountsIn = (units: UnitLife[], from: string, to: string): number =>
  units.reduce((n, u) => n + (livedIn(u, from, to) ? platformsIn(u, from, to).length : 0), 0);

/** One account's followers in its latest month up to a period's end. */
export interface AccountFollowers {
  unitId: string;
  platform: PlatformKind;
  followers: number;
}

/**
 * Followers at the period's last day `to`: the latest figure of each account running that day, of a unit living that
 * day (an account given up or a unit deactivated before it has no followers at the period's end).
 */
export function followersOn(units: (UnitLife & { id: string })[], latest: AccountFollowers[], to: string): number {
  const counted = new Set(
    units.flatMap((u) => (livedIn(u, to, to) ? platformsIn(u, to, to).map((p) => `${u.id}:${p}`) : [])),
  );
  return latest.reduce((n, a) => n + (counted.has(`${a.unitId}:${a.platform}`) ? a.followers : 0), 0);
}

const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY);

export interface Silence {
  /** Days in a row without a lead. */
  days: number;
  /** First and last silent day (YYYY-MM-DD). */
  from: string;
  to: string;
}

/**
 * The longest run of days without a lead inside [from, to], given the days (YYYY-MM-DD, any order, repeats
 * allowed) on which the unit sent one; the earliest such run on a tie. Null when it sent a lead every day.
 */
export function longestSilence(leadDays: Iterable<string>, from: string, to: string): Silence | null {
  const days = [...new Set(leadDays)].filter((d) => d >= from && d <= to).sort();
  let best: Silence | null = null;
  let start = from;
  for (const d of [...days, addDays(to, 1)]) {
    const length = daysBetween(start, d);
    if (length > 0 && (!best || length > best.days)) best = { days: length, from: start, to: addDays(d, -1) };
    start = addDays(d, 1);
  }
  return best;
}
