// Units have a history: through the functions on a real SQLite file, a unit counts for a period only for the days
// it existed, and a platform only from the day it started (core/stats/unitLife.ts).
import { accountsFunction } from '../../cloudfunctions/functions/accounts';
import { statsFunction } from '../../cloudfunctions/functions/stats';
import { statsTownship, type StatsTownship } from './context';
import { sampleWorld } from './world';

const WORLD = sampleWorld();
// The township's clock: 2026-03-10 12:00 in Shanghai.
const NOW = new Date('2026-03-10T04:00:00.000Z');
const EARLIER = { from: '2026-01-01', to: '2026-02-28' };
const ids = (list: { id: string }[]) => list.map((u) => u.id);

let town: StatsTownship;
beforeEach(() => {
  town = statsTownship(WORLD, NOW);
});
afterEach(() => town.close());

/** accounts.saveUnit as the admin: a village without platforms unless `fields` say otherwise. */
const saveUnit = (fields: Record<string, unknown>) =>
  town.call(accountsFunction, 'admin', { action: 'saveUnit', kind: 'village', platforms: [], ...fields });

describe('units have a history', () => {
  it('a unit created today is in no alert, platform gap or unit list of an earlier period', async () => {
    const unit = (await saveUnit({ name: '新设村' })).data;
    expect(unit.createdAt).toBe(NOW.toISOString());
    const alerts = (await town.call(statsFunction, 'editor', { action: 'alerts', ...EARLIER, silentDays: 30 })).data;
    expect(ids(alerts.silentUnits)).not.toContain(unit.id);
    expect(ids(alerts.belowMinimum)).not.toContain(unit.id);
    expect(ids(alerts.withoutPlatform)).not.toContain(unit.id);
    const { figures } = (await town.call(statsFunction, 'editor', { action: 'summary', ...EARLIER })).data;
    expect(ids(figures.unitsWithoutPlatform.units)).not.toContain(unit.id);
    expect(ids(figures.unitsWithoutLeads.units)).not.toContain(unit.id);
    expect(figures.leadsByUnit.map((u: { unitId: string }) => u.unitId)).not.toContain(unit.id);
    const ranking = await town.call(statsFunction, 'editor', { action: 'ranking', ...EARLIER, by: 'unit', limit: 50 });
    expect(ids(ranking.data.items)).not.toContain(unit.id);

    // The month it was created in does list it: it has no platform and sent nothing.
    const march = { from: '2026-03-01', to: '2026-03-31' };
    const now = (await town.call(statsFunction, 'editor', { action: 'summary', ...march })).data.figures;
    expect(ids(now.unitsWithoutPlatform.units)).toContain(unit.id);
    expect(ids(now.unitsWithoutLeads.units)).toContain(unit.id);
  });

  it('a platform counts from the day the admin says it started, and by default from the day it is added', async () => {
    const old = WORLD.units.find((u) => u.platforms.length === 0)!;
    const platforms = ['douyin', 'channels'];
    const saved = await saveUnit({ id: old.id, name: old.name, platforms, platformSince: { douyin: '2026-02-15' } });
    expect(saved.data.platformSince).toEqual({ douyin: '2026-02-15', channels: '2026-03-10' });
    const gaps = async (from: string, to: string) =>
      ids(
        (await town.call(statsFunction, 'editor', { action: 'alerts', from, to, silentDays: 30 })).data.withoutPlatform,
      );
    expect(await gaps('2026-01-01', '2026-02-14')).toContain(old.id);
    expect(await gaps('2026-01-01', '2026-02-28')).not.toContain(old.id);
    const jan = (await town.call(statsFunction, 'editor', { action: 'summary', from: '2026-01-01', to: '2026-01-31' }))
      .data.figures;
    const feb = (await town.call(statsFunction, 'editor', { action: 'summary', ...EARLIER })).data.figures;
    expect(feb.newMedia.accounts - jan.newMedia.accounts).toBe(1);

    // Saving again without dates keeps them.
    const again = await saveUnit({ id: old.id, name: old.name, platforms });
    expect(again.data.platformSince).toEqual({ douyin: '2026-02-15', channels: '2026-03-10' });
  });

  it('a deactivated unit leaves the periods after that day and comes back when reactivated', async () => {
    const unit = WORLD.units.find((u) => u.platforms.length === 0)!;
    const save = (active: boolean) => saveUnit({ id: unit.id, name: unit.name, active });
    expect((await save(false)).data.deactivatedAt).toBe(NOW.toISOString());
    const later = { from: '2026-03-11', to: '2026-03-31' };
    const gaps = async () =>
      ids(
        (await town.call(statsFunction, 'editor', { action: 'summary', ...later })).data.figures.unitsWithoutPlatform
          .units,
      );
    expect(await gaps()).not.toContain(unit.id);
    const before = (await town.call(statsFunction, 'editor', { action: 'summary', ...EARLIER })).data.figures;
    expect(ids(before.unitsWithoutPlatform.units)).toContain(unit.id);
    expect((await save(true)).data.deactivatedAt).toBeNull();
    expect(await gaps()).toContain(unit.id);
  });

  it('refuses a platform start day in the future, for a platform not chosen, or not a date', async () => {
    for (const platformSince of [{ douyin: '2026-03-11' }, { channels: '2026-01-01' }, { douyin: '2026-02-30' }]) {
      const res = await saveUnit({ name: '坏日期村', platforms: ['douyin'], platformSince });
      expect(res.error.code).toBe('INVALID_ARGUMENT');
      expect(res.error.message).toMatch(/[\u4e00-\u9fff]/);
    }
    const units = await town.call(accountsFunction, 'admin', { action: 'units' });
    expect(units.data.map((u: { name: string }) => u.name)).not.toContain('坏日期村');
  });
});
