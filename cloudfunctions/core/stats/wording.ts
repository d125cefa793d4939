// How figures are written in the summary's prose: one unit for stories (篇次), one rate format, durations over two
// days in days, dates in Chinese. Every sentence builder in text.ts and drafting.ts writes figures through these.
import type { PublicationLevel } from '../vocabulary';

/** County level and above: external publicity, counted apart from the township's own platforms and new media. */
export const EXTERNAL_LEVELS = [
  'national',
  'provincial',
  'municipal',
  'county',
] as const satisfies readonly PublicationLevel[];
export const OWN_LEVELS = ['own', 'newmedia'] as const satisfies readonly PublicationLevel[];

/** The one unit for stories, written or published. */
export const STORY_UNIT = '篇次';

/** 2026-12-31 → 2026年12月31日. */
export function chineseDate(date: string): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  return `${y}年${m}月${d}日`;
}

/** Over 48 hours a duration reads in days (one decimal), as the dashboard shows it; below, in hours; never 0. */
export function durationText(hours: number): string {
  if (hours < 1) return '不到1小时';
  if (hours > 48) return `${formatOneDecimal(hours / 24)}天`;
  return `${formatOneDecimal(hours)}小时`;
}

/** Rates always with one decimal: 78.0%, 68.6%. */
export function rateText(percent: number): string {
  return `${percent.toFixed(1)}%`;
}

function formatOneDecimal(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/** Joins phrases with 、 and drops the empty ones (a zero is never written as an achievement: its phrase is ''). */
export function listOf(phrases: string[]): string {
  return phrases.filter(Boolean).join('、');
}

/** "某日报 2026-03-08" written in publishedIn, read back for prose: level label, outlet and Chinese date. */
export function publicationPhrase(publishedIn: string): string {
  const m = /^(.+?)·(.+) (\d{4}-\d{2}-\d{2})$/.exec(publishedIn);
  if (!m) return `刊发于${publishedIn}`;
  return `${chineseDate(m[3]!)}刊发于${m[2]}（${m[1]}）`;
}

const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** 1 → 一, 12 → 十二, 20 → 二十: numbering in headings and 一是/二是 lists. */
export function chineseNumber(n: number): string {
  if (n <= 10) return ORDINALS[n - 1]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : ORDINALS[tens - 1]!}十${ones ? ORDINALS[ones - 1]! : ''}`;
}
