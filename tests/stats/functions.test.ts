// The stats and trainings functions through dispatch on a real SQLite file: roles, figures, rules, trainings.
import { statsFunction } from '../../cloudfunctions/functions/stats';
import { trainingsFunction } from '../../cloudfunctions/functions/trainings';
import { referenceFigures } from '../../cloudfunctions/core/stats/referenceFigures';
import { defaultRule } from '../../cloudfunctions/core/stats/rule';
import { saveTraining, statsTownship, type StatsTownship } from './context';
import { sampleWorld } from './world';

const WORLD = sampleWorld();
const PERIOD = { from: '2026-01-01', to: '2026-02-28' };
const { id: _i, townshipId: _t, createdBy: _b, createdAt: _c, ...RULE } = defaultRule('t1');

let town: StatsTownship;
beforeEach(() => {
  town = statsTownship(WORLD);
});
afterEach(() => town.close());

describe('stats and trainings functions', () => {
  it('an editor gets the summary figures, the draft and the highlights', async () => {
    const res = await town.call(statsFunction, 'editor', { action: 'summary', ...PERIOD });
    expect(res.ok).toBe(true);
    expect(res.data.figures).toEqual(referenceFigures(WORLD, PERIOD.from, PERIOD.to));
    expect(res.data.text).toContain(`省级媒体${res.data.figures.publicationsByLevel.provincial}篇次`);
    expect(Array.isArray(res.data.highlights)).toBe(true);
  });

  it('a reporter may not read statistics or trainings', async () => {
    expect((await town.call(statsFunction, 'reporter', { action: 'summary', ...PERIOD })).error.code).toBe(
      'PERMISSION_DENIED',
    );
    expect((await town.call(trainingsFunction, 'reporter', { action: 'list' })).error.code).toBe('PERMISSION_DENIED');
  });

  it('a period running backwards, or a bad date, is refused with a Chinese message', async () => {
    const res = await town.call(statsFunction, 'editor', { action: 'summary', from: '2026-03-01', to: '2026-01-01' });
    expect(res.error).toMatchObject({ code: 'INVALID_ARGUMENT', message: '开始日期不能晚于结束日期' });
    expect(
      (await town.call(statsFunction, 'editor', { action: 'summary', from: '2026-02-30', to: '2026-03-01' })).error
        .code,
    ).toBe('INVALID_ARGUMENT');
  });

  it('only an admin saves a rule version; the ranking recomputes from its effective date', async () => {
    expect(
      (
        await town.call(statsFunction, 'editor', {
          action: 'saveRule',
          ...RULE,
          name: '新办法',
          effectiveFrom: '2026-01-01',
        })
      ).error.code,
    ).toBe('PERMISSION_DENIED');
    const before = await town.call(statsFunction, 'editor', { action: 'ranking', ...PERIOD, by: 'unit', limit: 50 });
    const saved = await town.call(statsFunction, 'admin', {
      action: 'saveRule',
      ...RULE,
      name: '加倍',
      effectiveFrom: '2026-02-01',
      leadSubmitted: 10,
    });
    expect(saved.ok).toBe(true);
    expect(saved.data.versions.map((v: { name: string }) => v.name)).toEqual(['默认考核办法', '加倍']);
    expect(saved.data.current.name).toBe('加倍');
    const after = await town.call(statsFunction, 'editor', { action: 'ranking', ...PERIOD, by: 'unit', limit: 50 });
    const sum = (r: any) => r.data.items.reduce((s: number, i: { points: number }) => s + i.points, 0);
    const febLeads = WORLD.leads.filter(
      (l) => l.createdAt >= '2026-01-31T16:00:00.000Z' && l.createdAt < '2026-02-28T16:00:00.000Z',
    ).length;
    expect(sum(after) - sum(before)).toBeCloseTo(9 * febLeads, 1);
  });

  it('ranking pages follow the cursor without repeats, and explain gives the score behind a row', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await town.call(statsFunction, 'editor', {
        action: 'ranking',
        ...PERIOD,
        by: 'reporter',
        limit: 2,
        cursor,
      });
      seen.push(...page.data.items.map((r: { id: string }) => r.id));
      cursor = page.data.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    const top = (await town.call(statsFunction, 'editor', { action: 'ranking', ...PERIOD, by: 'reporter', limit: 1 }))
      .data.items[0];
    const why = await town.call(statsFunction, 'editor', {
      action: 'explain',
      ...PERIOD,
      accountId: top.id,
      limit: 50,
    });
    expect(why.data.total).toBeCloseTo(top.points, 2);
    expect(
      (await town.call(statsFunction, 'editor', { action: 'explain', ...PERIOD, accountId: 'nobody' })).error.code,
    ).toBe('NOT_FOUND');
  });

  it('alerts list silent units, units under the minimum and units without a platform', async () => {
    const res = await town.call(statsFunction, 'editor', { action: 'alerts', ...PERIOD, silentDays: 7 });
    expect(res.ok).toBe(true);
    expect(res.data.withoutPlatform.map((u: { id: string }) => u.id)).toEqual(
      WORLD.units.filter((u) => u.platforms.length === 0).map((u) => u.id),
    );
    for (const b of res.data.belowMinimum) expect(b.leads).toBeLessThan(b.minimum);
    expect(
      res.data.belowMinimum
        .map((b: { month: string }) => b.month)
        .every((m: string) => m === '2026-01' || m === '2026-02'),
    ).toBe(true);
  });

  it('a training is saved, listed newest first, and counted in the summary', async () => {
    const saved = await saveTraining(town, '消息写作要领', [WORLD.accounts[0]!.id]);
    expect(saved.ok).toBe(true);
    expect(saved.data.attendees).toEqual([{ id: WORLD.accounts[0]!.id, name: WORLD.accounts[0]!.name }]);
    // Newest first, whatever trainings the sampled world holds beside it.
    const list = await town.call(trainingsFunction, 'editor', { action: 'list', from: '2026-02-01', limit: 50 });
    const items = list.data.items as { id: string; date: string }[];
    expect(items.length).toBeGreaterThan(1);
    expect(items.map((t) => t.id)).toContain(saved.data.id);
    expect(items.map((t) => t.date)).toEqual(items.map((t) => t.date).sort((a, b) => b.localeCompare(a)));
    const bad = await town.call(trainingsFunction, 'editor', {
      action: 'save',
      topic: '培训',
      date: '2026-02-20',
      trainer: '讲师',
      attendeeIds: ['someone-else'],
    });
    expect(bad.error.code).toBe('INVALID_ARGUMENT');
    const summary = await town.call(statsFunction, 'editor', { action: 'summary', ...PERIOD });
    const expected = referenceFigures(WORLD, PERIOD.from, PERIOD.to).trainings + 1;
    expect(summary.data.figures.trainings).toBe(expected);
  });
});
