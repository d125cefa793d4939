// How figures read in prose: Chinese dates, durations in days beyond 48 hours, one rate format, Chinese numbering.
import {
  chineseDate,
  chineseNumber,
  durationText,
  publicationPhrase,
  rateText,
} from '../../../cloudfunctions/core/stats/wording';

it('dates read in Chinese without leading zeros', () => {
  expect(chineseDate('2026-04-03')).toBe('2026年4月3日');
  expect(chineseDate('2026-12-31')).toBe('2026年12月31日');
});

it('durations: under an hour never reads as 0, up to 48 hours in hours, beyond in days', () => {
  expect(durationText(0)).toBe('不到1小时');
  expect(durationText(16)).toBe('16小时');
  expect(durationText(48)).toBe('48小时');
  expect(durationText(134.5)).toBe('5.6天');
  expect(durationText(72)).toBe('3天');
});

it('rates always carry one decimal', () => {
  expect(rateText(78)).toBe('78.0%');
  expect(rateText(68.6)).toBe('68.6%');
});

it('numbers up to the twenties read as headings do', () => {
  expect([1, 10, 11, 20, 23].map(chineseNumber)).toEqual(['一', '十', '十一', '二十', '二十三']);
});

it('a publication reads as where and when it ran', () => {
  expect(publicationPhrase('省级·某日报 2026-03-08')).toBe('2026年3月8日刊发于某日报（省级）');
});
