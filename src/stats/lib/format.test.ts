// Numbers on the stats pages: what a figure card, a rate, a duration and a score read.
import fc from 'fast-check';
import { formatCount, formatHours, formatPoints, formatRate, NOTHING, parseShown } from './format';

it('groups thousands and reads back to the same number', () => {
  expect(formatCount(0)).toBe('0');
  expect(formatCount(999)).toBe('999');
  expect(formatCount(1000)).toBe('1,000');
  expect(formatCount(1234567)).toBe('1,234,567');
  fc.assert(fc.property(fc.nat({ max: 10_000_000 }), (n) => expect(parseShown(formatCount(n))).toBe(n)));
});

it('shows rates with at most one decimal and a dash when nothing was submitted', () => {
  expect(formatRate(68.5)).toBe('68.5%');
  expect(formatRate(70)).toBe('70%');
  expect(formatRate(0)).toBe('0%');
  expect(formatRate(null)).toBe(NOTHING);
  expect(parseShown(formatRate(33.3))).toBe(33.3);
});

it('writes short waits in hours and long ones in days', () => {
  expect(formatHours(5)).toBe('5小时');
  expect(formatHours(36.5)).toBe('36.5小时');
  expect(formatHours(48)).toBe('2天');
  expect(formatHours(77)).toBe('3.2天');
  expect(formatHours(null)).toBe(NOTHING);
});

it('keeps split points to two decimals without trailing zeros', () => {
  expect(formatPoints(12)).toBe('12');
  expect(formatPoints(7.5)).toBe('7.5');
  expect(formatPoints(10 / 3)).toBe('3.33');
});
