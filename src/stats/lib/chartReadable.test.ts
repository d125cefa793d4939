// Chart text stays readable: at least 12 px on screen, also under the desk's CSS zoom; the 刊发层级 ring shows
// each level's name and count without cutting the name.
import { LEAD_STATUSES, PUBLICATION_LEVELS, type LeadStatus } from '@core/vocabulary';
import { MIN_CHART_TEXT_PX, readableOption } from '@/components/Chart/readable';
import type { ChartOption } from '@/components/Chart/types';
import {
  categoriesOption,
  firstPublicationOption,
  leadsByMonthOption,
  publicationsByLevelOption,
  unitsOption,
} from './charts';

/** Every fontSize anywhere in an option. */
function fontSizes(value: unknown): number[] {
  if (Array.isArray(value)) return value.flatMap(fontSizes);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => (k === 'fontSize' && typeof v === 'number' ? [v] : fontSizes(v)));
}

const statuses = Object.fromEntries(LEAD_STATUSES.map((s) => [s, 3])) as Record<LeadStatus, number>;
const levels = Object.fromEntries(PUBLICATION_LEVELS.map((l, i) => [l, i + 1])) as Record<
  (typeof PUBLICATION_LEVELS)[number],
  number
>;
const OPTIONS: [string, ChartOption][] = [
  ['months', leadsByMonthOption([{ month: '2026-03', total: 18, byStatus: statuses }])],
  ['levels', publicationsByLevelOption(levels)],
  ['units', unitsOption([{ unitId: 'u1', unitName: '东山村', leadsSubmitted: 4, leadsAccepted: 2, adoptionRate: 50 }])],
  ['categories', categoriesOption([{ category: '党建引领', count: 5 }])],
  ['firstPublication', firstPublicationOption({ le1d: 1, le3d: 2, le7d: 0, le30d: 1, gt30d: 0 })],
];

describe.each(OPTIONS)('the %s chart', (_, option) => {
  test('draws no text under 12 px on a phone', () => {
    const sizes = fontSizes(readableOption(option));
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_CHART_TEXT_PX);
  });

  test('under the desk zoom of 0.72, every size is scaled back up to at least 12 px on screen', () => {
    const sizes = fontSizes(readableOption(option, 0.72));
    expect(Math.min(...sizes) * 0.72).toBeGreaterThanOrEqual(MIN_CHART_TEXT_PX - 0.5);
  });
});

test('a zoom of 1 (or none reported) leaves sizes alone', () => {
  const option = publicationsByLevelOption(levels);
  expect(fontSizes(readableOption(option, 1))).toEqual(fontSizes(readableOption(option)));
});

test('the levels ring labels each slice with its whole name and its count', () => {
  const [pie] = publicationsByLevelOption(levels).series as { label: { formatter: string; overflow: string } }[];
  expect(pie!.label.formatter).toContain('{b}');
  expect(pie!.label.formatter).toContain('{c}');
  expect(pie!.label.overflow).toBe('none');
});
