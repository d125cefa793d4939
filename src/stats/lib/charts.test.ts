// Dashboard charts draw exactly the summary's figures: every bar, slice and point comes from stats.summary.
import fc from 'fast-check';
import { LEAD_STATUSES, PUBLICATION_LEVELS, type LeadStatus } from '@core/vocabulary';
import { PUBLICATION_BUCKETS, type SummaryFigures } from '@core/stats';
import {
  categoriesOption,
  firstPublicationOption,
  hasData,
  leadsByMonthOption,
  monthLabels,
  PUBLICATION_BUCKET_LABELS,
  publicationsByLevelOption,
  unitsOption,
} from './charts';

type Series = { type: string; name?: string; data: unknown[]; yAxisIndex?: number; stack?: string };
const seriesOf = (option: { series?: unknown }) => option.series as Series[];
const zeroStatuses = () => Object.fromEntries(LEAD_STATUSES.map((s) => [s, 0])) as Record<LeadStatus, number>;

describe('leads per month by status', () => {
  const month = fc.record(
    Object.fromEntries(LEAD_STATUSES.map((s) => [s, fc.nat({ max: 50 })])) as Record<LeadStatus, fc.Arbitrary<number>>,
  );

  it('stacks one bar per month whose segments add up to the month total', () => {
    fc.assert(
      fc.property(fc.array(month, { minLength: 1, maxLength: 14 }), (statuses) => {
        const byMonth = statuses.map((byStatus, i) => ({
          month: `2026-${String((i % 12) + 1).padStart(2, '0')}`,
          total: Object.values(byStatus).reduce((a, b) => a + b, 0),
          byStatus,
        }));
        const series = seriesOf(leadsByMonthOption(byMonth));
        expect(series.every((s) => s.stack === 'leads')).toBe(true);
        byMonth.forEach((m, i) => {
          expect(series.reduce((sum, s) => sum + (s.data[i] as number), 0)).toBe(m.total);
        });
      }),
    );
  });

  it('names statuses in Chinese and leaves out those never seen', () => {
    const byStatus = { ...zeroStatuses(), submitted: 3, used: 2 };
    const series = seriesOf(leadsByMonthOption([{ month: '2026-03', total: 5, byStatus }]));
    expect(series.map((s) => s.name)).toEqual(['待审核', '已成稿']);
  });

  it('labels months short, adding the year when the period spans two', () => {
    expect(monthLabels(['2026-01', '2026-02'])).toEqual(['1月', '2月']);
    expect(monthLabels(['2025-12', '2026-01'])).toEqual(['25年12月', '26年1月']);
  });
});

it('draws a slice per level that has publications, and the slices add up to the total', () => {
  const byLevel = {
    national: 0,
    provincial: 4,
    municipal: 9,
    county: 21,
    own: 30,
    newmedia: 0,
  } as SummaryFigures['publicationsByLevel'];
  const [pie] = seriesOf(publicationsByLevelOption(byLevel));
  const data = pie!.data as { name: string; value: number }[];
  expect(data.map((d) => d.name)).toEqual(['省级', '市级', '县级', '自有平台']);
  expect(data.reduce((s, d) => s + d.value, 0)).toBe(PUBLICATION_LEVELS.reduce((s, l) => s + byLevel[l], 0));
});

it('shows each unit with its leads and adoption rate, leaving a gap where a unit sent nothing', () => {
  const units: SummaryFigures['leadsByUnit'] = [
    { unitId: 'u1', unitName: '东山村', leadsSubmitted: 10, leadsAccepted: 7, adoptionRate: 70 },
    { unitId: 'u2', unitName: '西河村', leadsSubmitted: 0, leadsAccepted: 0, adoptionRate: null },
  ];
  const option = unitsOption(units);
  const [submitted, accepted, rate] = seriesOf(option);
  expect((option.xAxis as { data: string[] }).data).toEqual(['东山村', '西河村']);
  expect(submitted!.data).toEqual([10, 0]);
  expect(accepted!.data).toEqual([7, 0]);
  expect(rate).toMatchObject({ type: 'line', yAxisIndex: 1, data: [70, null] });
});

it('puts the most frequent category on top of the horizontal bars', () => {
  const option = categoriesOption([
    { category: '乡村振兴', count: 12 },
    { category: '民生服务', count: 5 },
  ]);
  // ECharts draws a vertical category axis bottom-up, so the top bar is the last entry.
  expect((option.yAxis as { data: string[] }).data).toEqual(['民生服务', '乡村振兴']);
  expect(seriesOf(option)[0]!.data).toEqual([5, 12]);
});

describe('time from submission to first publication', () => {
  const bucketsArb = fc.record({
    le1d: fc.nat(99),
    le3d: fc.nat(99),
    le7d: fc.nat(99),
    le30d: fc.nat(99),
    gt30d: fc.nat(99),
  });

  it('draws one bar per bucket, fastest first, each the count of its bucket, adding up to the leads that ran', () => {
    fc.assert(
      fc.property(bucketsArb, (buckets) => {
        const option = firstPublicationOption(buckets);
        const [bars] = seriesOf(option);
        expect((option.xAxis as { data: string[] }).data).toEqual(['1天内', '1–3天', '3–7天', '7–30天', '30天以上']);
        expect(bars!.data).toEqual([buckets.le1d, buckets.le3d, buckets.le7d, buckets.le30d, buckets.gt30d]);
        expect((bars!.data as number[]).reduce((s, n) => s + n, 0)).toBe(
          Object.values(buckets).reduce((s, n) => s + n, 0),
        );
      }),
    );
  });

  it('labels every bucket of PUBLICATION_BUCKETS', () => {
    expect(Object.keys(PUBLICATION_BUCKET_LABELS)).toEqual([...PUBLICATION_BUCKETS]);
  });
});

it('knows when a period has nothing to draw', () => {
  expect(hasData([0, 0])).toBe(false);
  expect(hasData([0, 1])).toBe(true);
});
