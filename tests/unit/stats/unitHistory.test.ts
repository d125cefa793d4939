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

  it('a platform the unit stopped on 30 June counts, with its followers, in the periods it ran in and no later', () => {
    const stopped = unit('u1', {
      platforms: ['wechat_official'],
      platformSince: { wechat_official: '2026-01-01', douyin: '2026-01-01' },
      platformUntil: { douyin: '2026-06-30' },
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
    // The year still had both accounts for a while; the second half had only the 公众号, and only its followers.
    expect(referenceFigures(w, YEAR.from, YEAR.to).newMedia.accounts).toBe(2);
    const h2 = referenceFigures(w, '2026-07-01', '2026-12-31').newMedia;
    expect([h2.accounts, h2.followers]).toEqual([1, 100]);

    // A unit whose only platform stopped is a platform gap of the periods after, not of the year.
    const gone = unit('u2', { platformSince: { douyin: '2026-01-01' }, platformUntil: { douyin: '2026-06-30' } });
    expect(referenceFigures(world([gone], []), '2026-07-01', '2026-12-31').unitsWithoutPlatform.count).toBe(1);
    expect(referenceFigures(world([gone], []), YEAR.from, YEAR.to).unitsWithoutPlatform.count).toBe(0);
    // Silent accounts are judged in the period's last three months: its 抖音 ran in April–June, not October–December.
    expect(referenceFigures(world([gone], []), '2026-01-01', '2026-06-30').newMedia.silentUnits).toEqual([
      { id: 'u2', name: 'u2' },
    ]);
    expect(referenceFigures(world([gone], []), YEAR.from, YEAR.to).newMedia.silentUnits).toEqual([]);
    expect(alertsOf(world([gone], []), '2026-12-31', { from: '2026-07-01', to: '2026-12-31' }).withoutPlatform).toEqual(
      [{ id: 'u2', name: 'u2' }],
    );
  });

  it('followers count only for accounts of units that lived in the period', () => {
    const w: StatsWorld = {
      ...world([unit('u1', { platforms: ['douyin'], deactivatedAt: '2026-03-31T02:00:00.000Z' })], []),
      platformMonths: [{ unitId: 'u1', platform: 'douyin', month: '2026-03', followers: 300, reads: 30 }],
    };
    expect(referenceFigures(w, '2026-01-01', '2026-03-31').newMedia.followers).toBe(300);
    expect(referenceFigures(w, '2026-04-01', '2026-12-31').newMedia).toMatchObject({ accounts: 0, followers: 0 });
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
