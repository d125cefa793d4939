// The pure reference bounds every alert and unit figure by the unit's life and its platforms' start days.
import { referenceAlerts } from '../../../cloudfunctions/core/stats/referenceAlerts';
import { referenceFigures } from '../../../cloudfunctions/core/stats/referenceFigures';
import { defaultRule, ruleVersions } from '../../../cloudfunctions/core/stats/rule';
import { longestSilence } from '../../../cloudfunctions/core/stats/unitLife';
import type { StatsWorld, WorldLead, WorldUnit } from '../../../cloudfunctions/core/stats/world';
import { LONG_AGO } from '../../support/unitHistory';

const RULES = ruleVersions('t1', [
  { ...defaultRule('t1'), id: 'r', effectiveFrom: '2000-01-01', monthlyMinimumLeads: 1 },
]);
const YEAR = { from: '2026-01-01', to: '2026-12-31' };

const unit = (id: string, over: Partial<WorldUnit> = {}): WorldUnit => ({
  id,
  name: id,
  position: Number(id.slice(1)),
  platforms: [],
  ...LONG_AGO,
  ...over,
});

/** One lead on each given day (noon in Shanghai). */
const leadsOn = (unitId: string, days: string[]): WorldLead[] =>
  days.map((d, i) => ({
    id: `${unitId}-${i}`,
    title: '线索',
    unitId,
    authorId: 'a1',
    status: 'submitted',
    category: '其他',
    createdAt: `${d}T04:00:00.000Z`,
    firstDecisionAt: null,
    highlightSection: null,
  }));

/** Every day of every month of 2026 up to `last` (YYYY-MM-DD): a unit that is never silent. */
function everyDay(last: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse('2026-01-01'); ; t += 86_400_000) {
    const d = new Date(t).toISOString().slice(0, 10);
    if (d > last) return days;
    days.push(d);
  }
}

const world = (units: WorldUnit[], leads: WorldLead[]): StatsWorld => ({
  units,
  accounts: [{ id: 'a1', name: '甲', role: 'reporter', unitId: null }],
  leads,
  articles: [],
  publications: [],
  activities: [],
  workTasks: [],
  platformMonths: [],
});

const alertsOf = (w: StatsWorld, today: string, period = YEAR) =>
  referenceAlerts(w, { ...period, today, silentDays: 30, rules: RULES });

describe('units have a history (pure reference)', () => {
  it('a unit created today is in no alert or platform gap of an earlier period', () => {
    const w = world([unit('u1', { createdAt: '2026-11-30T02:00:00.000Z' })], []);
    const a = alertsOf(w, '2026-11-30', { from: '2026-01-01', to: '2026-10-31' });
    expect(a).toMatchObject({ silentUnits: [], belowMinimum: [], withoutPlatform: [] });
    const f = referenceFigures(w, '2024-01-01', '2024-12-31');
    expect(f.unitsWithoutPlatform.count).toBe(0);
    expect(f.unitsWithoutLeads.count).toBe(0);
    expect(f.leadsByUnit).toEqual([]);
  });

  it('a unit deactivated mid-year is judged only for the months and days it existed', () => {
    // Sent a lead every day until it was deactivated on 15 July (Shanghai).
    const w = world([unit('u1', { deactivatedAt: '2026-07-15T02:00:00.000Z' })], leadsOn('u1', everyDay('2026-07-15')));
    const a = alertsOf(w, '2026-12-31');
    expect(a.belowMinimum).toEqual([]);
    expect(a.silentUnits).toEqual([]);
    expect(referenceFigures(w, '2026-08-01', '2026-12-31').leadsByUnit).toEqual([]);
    expect(referenceFigures(w, '2026-08-01', '2026-12-31').unitsWithoutPlatform.count).toBe(0);
    expect(referenceFigures(w, '2026-07-01', '2026-07-31').unitsWithoutPlatform.units).toEqual([
      { id: 'u1', name: 'u1' },
    ]);

    // Silent from 1 June on: the run ends with its life, and June is judged, July (not whole) is not.
    const quiet = world(
      [unit('u1', { deactivatedAt: '2026-07-15T02:00:00.000Z' })],
      leadsOn('u1', everyDay('2026-05-31')),
    );
    const q = alertsOf(quiet, '2026-12-31');
    expect(q.silentUnits).toMatchObject([
      { id: 'u1', longestSilentDays: 45, silentFrom: '2026-06-01', silentTo: '2026-07-15' },
    ]);
    expect(q.belowMinimum.map((b) => b.month)).toEqual(['2026-06']);
  });

  it('a unit whose only platform started in July is a platform gap of January–June, not of the year', () => {
    const w = world([unit('u1', { platforms: ['douyin'], platformSince: { douyin: '2026-07-01' } })], []);
    expect(referenceFigures(w, '2026-01-01', '2026-06-30').unitsWithoutPlatform.units).toEqual([
      { id: 'u1', name: 'u1' },
    ]);
    expect(referenceFigures(w, '2026-01-01', '2026-06-30').newMedia.accounts).toBe(0);
    expect(referenceFigures(w, YEAR.from, YEAR.to).unitsWithoutPlatform.count).toBe(0);
    expect(referenceFigures(w, YEAR.from, YEAR.to).newMedia.accounts).toBe(1);
    expect(alertsOf(w, '2026-12-31', { from: '2026-01-01', to: '2026-06-30' }).withoutPlatform).toEqual([
      { id: 'u1', name: 'u1' },
    ]);
  });

  it('a platform given up on 30 June is an account of the periods it ran in; gaps and followers are judged at the end', () => {
    const stopped = unit('u1', {
      platforms: ['wechat_official'],
      platformSince: { wechat_official: '2026-01-01' },
      platformRuns: [{ platform: 'douyin', since: '2026-01-01', until: '2026-06-30' }],
    });
    const w: StatsWorld = {
      ...world([stopped], []),
      platformMonths: [
        { unitId: 'u1', platform: 'wechat_official', month: '2026-05', followers: 100, reads: 10 },
        { unitId: 'u1', platform: 'douyin', month: '2026-05', followers: 500, reads: 50 },
      ],
    };
    const h1 = referenceFigures(w, '2026-01-01', '2026-06-30').newMedia;
    expect([h1.accounts, h1.followers]).toEqual([2, 600]);
    // The year had both accounts for a while; at its end only the 公众号 runs, and only its followers count.
    const year = referenceFigures(w, YEAR.from, YEAR.to).newMedia;
    expect([year.accounts, year.followers]).toEqual([2, 100]);
    const h2 = referenceFigures(w, '2026-07-01', '2026-12-31').newMedia;
    expect([h2.accounts, h2.followers]).toEqual([1, 100]);

    // A unit that gave up its only platform is a platform gap of every period ending after that, the year too.
    const gone = unit('u2', { platformRuns: [{ platform: 'douyin', since: '2026-01-01', until: '2026-06-30' }] });
    const gapOf = (from: string, to: string) => referenceFigures(world([gone], []), from, to).unitsWithoutPlatform;
    expect(gapOf('2026-01-01', '2026-06-30').count).toBe(0);
    expect(gapOf('2026-07-01', '2026-12-31').count).toBe(1);
    expect(gapOf(YEAR.from, YEAR.to).count).toBe(1);
    expect(referenceFigures(world([gone], []), YEAR.from, YEAR.to).newMedia.accounts).toBe(1);
    // Silent accounts are judged in the period's last three months: its 抖音 ran in April–June, not October–December.
    expect(referenceFigures(world([gone], []), '2026-01-01', '2026-06-30').newMedia.silentUnits).toEqual([
      { id: 'u2', name: 'u2' },
    ]);
    expect(referenceFigures(world([gone], []), YEAR.from, YEAR.to).newMedia.silentUnits).toEqual([]);
    expect(alertsOf(world([gone], []), '2026-12-31', YEAR).withoutPlatform).toEqual([{ id: 'u2', name: 'u2' }]);
  });

  it('a platform given up and started again counts for neither the days between nor twice', () => {
    const again = unit('u1', {
      platforms: ['douyin'],
      platformSince: { douyin: '2026-07-01' },
      platformRuns: [{ platform: 'douyin', since: '2026-01-01', until: '2026-03-31' }],
    });
    const accounts = (from: string, to: string) => referenceFigures(world([again], []), from, to).newMedia.accounts;
    const gap = (from: string, to: string) => referenceFigures(world([again], []), from, to).unitsWithoutPlatform.count;
    expect([accounts('2026-01-01', '2026-03-31'), gap('2026-01-01', '2026-03-31')]).toEqual([1, 0]);
    expect([accounts('2026-04-01', '2026-06-30'), gap('2026-04-01', '2026-06-30')]).toEqual([0, 1]);
    expect([accounts('2026-07-01', '2026-12-31'), gap('2026-07-01', '2026-12-31')]).toEqual([1, 0]);
    expect([accounts(YEAR.from, YEAR.to), gap(YEAR.from, YEAR.to)]).toEqual([1, 0]);
  });

  it('followers at the period’s end count only for a unit living on its last day', () => {
    const w: StatsWorld = {
      ...world([unit('u1', { platforms: ['douyin'], deactivatedAt: '2026-03-31T02:00:00.000Z' })], []),
      platformMonths: [{ unitId: 'u1', platform: 'douyin', month: '2026-03', followers: 300, reads: 30 }],
    };
    expect(referenceFigures(w, '2026-01-01', '2026-03-31').newMedia.followers).toBe(300);
    expect(referenceFigures(w, '2026-04-01', '2026-12-31').newMedia).toMatchObject({ accounts: 0, followers: 0 });
    expect(referenceFigures(w, YEAR.from, YEAR.to).newMedia).toMatchObject({ accounts: 1, followers: 0 });
  });

  it('the 30-day silence is found inside the period, not only at its end', () => {
    // Active every day but March and April: two silent months in a year that ends busy.
    const days = everyDay('2026-11-30').filter((d) => d < '2026-03-01' || d >= '2026-05-01');
    const a = alertsOf(world([unit('u1')], leadsOn('u1', days)), '2026-11-30');
    expect(a.silenceWindow).toEqual({ from: '2026-01-01', to: '2026-11-30' });
    expect(a.silentUnits).toEqual([
      {
        id: 'u1',
        name: 'u1',
        lastLeadAt: '2026-11-30T04:00:00.000Z',
        longestSilentDays: 61,
        silentFrom: '2026-03-01',
        silentTo: '2026-04-30',
      },
    ]);
    // A unit created on 20 November has had 11 days: not yet 30 days of silence.
    const young = world([unit('u2', { createdAt: '2026-11-20T00:00:00.000Z' })], []);
    expect(alertsOf(young, '2026-11-30').silentUnits).toEqual([]);
    // A period still to come has no silence to judge.
    expect(alertsOf(young, '2026-11-30', { from: '2026-12-01', to: '2026-12-31' }).silenceWindow).toBeNull();
  });

  it('longestSilence finds the longest run, the earliest on a tie, and runs touching the window edges', () => {
    expect(longestSilence([], '2026-01-01', '2026-01-31')).toEqual({ days: 31, from: '2026-01-01', to: '2026-01-31' });
    expect(longestSilence(['2026-01-05', '2026-01-05', '2026-01-10'], '2026-01-01', '2026-01-14')).toEqual({
      days: 4,
      from: '2026-01-01',
      to: '2026-01-04',
    });
    expect(longestSilence(['2026-01-01', '2026-01-02'], '2026-01-01', '2026-01-02')).toBeNull();
    expect(longestSilence(['2025-12-31', '2026-01-03'], '2026-01-01', '2026-01-03')).toEqual({
      days: 2,
      from: '2026-01-01',
      to: '2026-01-02',
    });
  });
});
