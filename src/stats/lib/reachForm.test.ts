import { defaultMonth, entriesOf, rowsFor, shiftMonth } from './reachForm';

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
