import { defaultMonth, entriesOf, noPlatformText, rowsFor, shiftMonth } from './reachForm';

test('months step across years, and the default is the month before today', () => {
  expect(shiftMonth('2026-01', -1)).toBe('2025-12');
  expect(shiftMonth('2025-12', 1)).toBe('2026-01');
  expect(shiftMonth('2026-05', -14)).toBe('2025-03');
  expect(defaultMonth('2026-01-15')).toBe('2025-12');
  expect(defaultMonth('2026-11-30')).toBe('2026-10');
});

test('one row per platform the unit runs, in vocabulary order, prefilled with what is saved', () => {
  const saved = [
    {
      unit: { id: 'u', name: '青石村' },
      platform: 'douyin' as const,
      month: '2026-10',
      followers: 120,
      reads: 0,
      updatedAt: '2026-11-01T00:00:00.000Z',
    },
  ];
  expect(rowsFor(['douyin', 'wechat_official'], saved)).toEqual([
    { platform: 'wechat_official', followers: '', reads: '' },
    { platform: 'douyin', followers: '120', reads: '0' },
  ]);
});

test('blank rows are left out; half-filled, negative, decimal or empty forms are refused', () => {
  const row = (followers: string, reads: string) => ({ platform: 'douyin' as const, followers, reads });
  expect(entriesOf([row(' 12 ', '3400'), { platform: 'channels', followers: '', reads: '' }])).toEqual({
    entries: [{ platform: 'douyin', followers: 12, reads: 3400 }],
  });
  expect(entriesOf([row('12', '')])).toEqual({ error: '请同时填写抖音的粉丝数和阅读（播放）量' });
  expect(entriesOf([row('-1', '2')])).toEqual({ error: '抖音的数字应为不小于0的整数' });
  expect(entriesOf([row('1.5', '2')])).toEqual({ error: '抖音的数字应为不小于0的整数' });
  expect(entriesOf([row('', '')])).toEqual({ error: '请至少填写一个平台的数据' });
});

test('with nothing to fill in, the screen says why: no unit, never a platform, or given up before the month', () => {
  const unit = {
    id: 'u',
    name: '柳塘村',
    kind: 'village' as const,
    platforms: [],
    createdAt: '2020-01-01T00:00:00.000Z',
    deactivatedAt: null,
    platformSince: {},
    platformRuns: [],
  };
  expect(noPlatformText(null, '2026-05', true).title).toBe('还没有单位登记宣传平台');
  expect(noPlatformText(unit, '2026-05', false)).toEqual({
    title: '柳塘村还没有登记宣传平台',
    hint: '在“单位与宣传平台”中为单位添加公众号、抖音等账号后，即可按月填报粉丝和阅读量，请联系管理员添加',
  });
  const gaveUp = {
    ...unit,
    platformRuns: [
      { platform: 'douyin' as const, since: '2025-06-01', until: '2026-03-31' },
      { platform: 'other' as const, since: '2025-06-01', until: '2025-12-31' },
    ],
  };
  expect(noPlatformText(gaveUp, '2026-05', false)).toEqual({
    title: '柳塘村2026年05月没有在用的宣传平台',
    hint: '宣传平台已于2026-03-31停用，之前月份的数据仍可点“上月”翻到当月填报；重新启用请联系管理员',
  });
});
