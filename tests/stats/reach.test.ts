// Monthly reach of publicity accounts through dispatch on a real SQLite file: who may enter which unit's figures,
// what is refused, re-entry replacing a month, and the summary's newMedia.
import { dispatch } from '../../cloudfunctions/core/runtime';
import { platformsFunction } from '../../cloudfunctions/functions/platforms';
import { statsFunction } from '../../cloudfunctions/functions/stats';
import { person, statsTownship, type StatsTownship } from './context';
import { sampleWorld } from './world';

// Units u0–u4 list 抖音 but u3, which lists nothing (sampleWorld).
const WORLD = { ...sampleWorld(), platformMonths: [] };
const FEBRUARY = {
  action: 'saveMonthly',
  unitId: 'u1',
  month: '2026-02',
  entries: [{ platform: 'douyin', followers: 1200, reads: 56000 }],
};
const villageReporter = { ...person('a1', 'reporter'), unitId: 'u1' };

let town: StatsTownship;
beforeEach(() => {
  town = statsTownship(WORLD);
});
afterEach(() => town.close());

const asVillageReporter = (event: Record<string, unknown>) =>
  dispatch(
    platformsFunction,
    event,
    { account: villageReporter, openid: null },
    town.ctx,
    () => undefined,
  ) as Promise<any>;
const stored = () => town.db.prepare('SELECT unit_id, platform, month, followers, reads FROM platform_months').all();

it('an admin enters any unit’s month, a reporter only their own unit’s, an editor none', async () => {
  expect((await town.call(platformsFunction, 'admin', FEBRUARY)).ok).toBe(true);
  expect(
    (await asVillageReporter({ ...FEBRUARY, entries: [{ platform: 'douyin', followers: 1300, reads: 60000 }] })).data
      .items,
  ).toEqual([
    expect.objectContaining({
      unit: { id: 'u1', name: '西山村' },
      platform: 'douyin',
      month: '2026-02',
      followers: 1300,
      reads: 60000,
    }),
  ]);
  expect((await asVillageReporter({ ...FEBRUARY, unitId: 'u2' })).error.code).toBe('PERMISSION_DENIED');
  expect((await town.call(platformsFunction, 'editor', FEBRUARY)).error.code).toBe('PERMISSION_DENIED');
  // Entering a month again replaces it.
  expect(stored()).toEqual([{ unit_id: 'u1', platform: 'douyin', month: '2026-02', followers: 1300, reads: 60000 }]);
});

it.each([
  [{ month: '2026-13' }, '月份格式应为 YYYY-MM'],
  [{ month: '2026-04' }, '不能填写未来月份的数据'],
  [{ entries: [] }, '请至少填写一个平台的数据'],
  [{ entries: [{ platform: 'douyin', followers: -1, reads: 0 }] }, '粉丝数不能为负数'],
  [
    {
      entries: [
        { platform: 'douyin', followers: 1, reads: 0 },
        { platform: 'douyin', followers: 2, reads: 0 },
      ],
    },
    '同一平台只能填写一次',
  ],
  [{ entries: [{ platform: 'wechat_official', followers: 1, reads: 0 }] }, '没有登记公众号平台'],
])('refuses %j with a Chinese message and stores nothing', async (change, message) => {
  const res = await town.call(platformsFunction, 'admin', { ...FEBRUARY, ...change });
  expect(res.error.code).toBe('INVALID_ARGUMENT');
  expect(res.error.message).toContain(message);
  expect(stored()).toEqual([]);
});

it('an unknown unit is 404; a reporter lists only their own unit', async () => {
  expect((await town.call(platformsFunction, 'admin', { ...FEBRUARY, unitId: 'nowhere' })).error.code).toBe(
    'NOT_FOUND',
  );
  await town.call(platformsFunction, 'admin', FEBRUARY);
  await town.call(platformsFunction, 'admin', { ...FEBRUARY, unitId: 'u2' });
  const desk = await town.call(platformsFunction, 'editor', { action: 'listMonthly', month: '2026-02' });
  expect(desk.data.items.map((i: { unit: { id: string } }) => i.unit.id)).toEqual(['u1', 'u2']);
  const own = await asVillageReporter({ action: 'listMonthly', month: '2026-02' });
  expect(own.data.items.map((i: { unit: { id: string } }) => i.unit.id)).toEqual(['u1']);
  expect((await asVillageReporter({ action: 'listMonthly', month: '2026-02', unitId: 'u2' })).error.code).toBe(
    'PERMISSION_DENIED',
  );
});

it('the summary counts the listed accounts, followers at the period’s end and reads within it', async () => {
  await town.call(platformsFunction, 'admin', {
    ...FEBRUARY,
    month: '2026-01',
    entries: [{ platform: 'douyin', followers: 1000, reads: 40000 }],
  });
  await town.call(platformsFunction, 'admin', FEBRUARY);
  await town.call(platformsFunction, 'admin', {
    ...FEBRUARY,
    unitId: 'u2',
    month: '2025-12',
    entries: [{ platform: 'douyin', followers: 300, reads: 9000 }],
  });
  // Figures entered with no reads at all: the account is still silent.
  await town.call(platformsFunction, 'admin', {
    ...FEBRUARY,
    unitId: 'u4',
    entries: [{ platform: 'douyin', followers: 10, reads: 0 }],
  });
  const newMedia = async (from: string, to: string) =>
    (await town.call(statsFunction, 'editor', { action: 'summary', from, to })).data.figures.newMedia;
  const named = (...ids: string[]) => ids.map((id) => ({ id, name: `${'东西南北中'[Number(id.slice(1))]}山村` }));
  expect(await newMedia('2026-01-01', '2026-02-28')).toEqual({
    accounts: 4,
    followers: 1510,
    reads: 96000,
    silentUnits: named('u0', 'u2', 'u4'),
  });
  expect(await newMedia('2026-01-01', '2026-01-31')).toEqual({
    accounts: 4,
    followers: 1300,
    reads: 40000,
    silentUnits: named('u0', 'u2', 'u4'),
  });
  expect(await newMedia('2025-01-01', '2025-11-30')).toEqual({
    accounts: 4,
    followers: 0,
    reads: 0,
    silentUnits: named('u0', 'u1', 'u2', 'u4'),
  });
  // Only the period's last three months tell: 南山村's December counts for Oct–Feb, not for Dec–Mar.
  expect((await newMedia('2025-10-01', '2026-02-28')).silentUnits).toEqual(named('u0', 'u4'));
  expect((await newMedia('2025-12-01', '2026-03-31')).silentUnits).toEqual(named('u0', 'u2', 'u4'));
});

it('a platform given up takes the figures of the months it ran, and no later month', async () => {
  // u3 lists nothing today: it ran a 公众号 until 20 January.
  const gaveUp = statsTownship({
    ...WORLD,
    units: WORLD.units.map((u) =>
      u.id === 'u3'
        ? { ...u, platformRuns: [{ platform: 'wechat_official' as const, since: '2025-06-01', until: '2026-01-20' }] }
        : u,
    ),
  });
  try {
    const month = (m: string) => ({
      action: 'saveMonthly',
      unitId: 'u3',
      month: m,
      entries: [{ platform: 'wechat_official', followers: 800, reads: 5000 }],
    });
    expect((await gaveUp.call(platformsFunction, 'admin', month('2026-01'))).ok).toBe(true);
    const after = await gaveUp.call(platformsFunction, 'admin', month('2026-02'));
    expect(after.error.message).toBe('北山村的公众号已于2026-01-20停用，不能填写之后月份的数据');
    expect(gaveUp.db.prepare('SELECT month FROM platform_months').all()).toEqual([{ month: '2026-01' }]);
  } finally {
    gaveUp.close();
  }
});
