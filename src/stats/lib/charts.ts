// ECharts options for the dashboard, built from stats.summary's figures. Plain data in, plain option out:
// tested without a canvas, and the Chart component only draws what it is given.
import {
  LEAD_STATUSES,
  LEAD_STATUS_LABELS,
  PUBLICATION_LEVELS,
  PUBLICATION_LEVEL_LABELS,
  type LeadStatus,
} from '@core/vocabulary';
import { PUBLICATION_BUCKETS, type PublicationBucket, type SummaryFigures } from '@core/stats';
import type { ChartOption } from '@/components/Chart/types';

/** The theme's colours (styles/theme.scss), one per lead-status tone, then a few more for levels and units. */
const STATUS_COLORS: Record<LeadStatus, string> = {
  submitted: '#1f6fd1',
  needs_info: '#c76a00',
  accepted: '#1a8a4a',
  used: '#c8102e',
  rejected: '#8f959e',
  merged: '#c9cdd4',
};
export const PALETTE = ['#c8102e', '#1f6fd1', '#1a8a4a', '#c76a00', '#7b4fd6', '#0e9aa7', '#8f959e'];

const TEXT = { color: '#646a73', fontSize: 12 };
const grid = (left = 8) => ({ left, right: 12, top: 36, bottom: 8, containLabel: true });
const legend = { top: 0, textStyle: TEXT, itemWidth: 12, itemHeight: 8 };

/** "2026-03" → "3月"; the year is added when the period spans more than one. */
export function monthLabels(months: string[]): string[] {
  const years = new Set(months.map((m) => m.slice(0, 4)));
  return months.map((m) => {
    const month = Number(m.slice(5, 7));
    return years.size > 1 ? `${m.slice(2, 4)}年${month}月` : `${month}月`;
  });
}

/** 每月线索: one stacked bar per month, a segment per current status; statuses never seen in the period are left out. */
export function leadsByMonthOption(byMonth: SummaryFigures['leadsByMonth']): ChartOption {
  const statuses = LEAD_STATUSES.filter((s) => byMonth.some((m) => m.byStatus[s] > 0));
  return {
    color: statuses.map((s) => STATUS_COLORS[s]),
    tooltip: { trigger: 'axis', confine: true },
    legend,
    grid: grid(),
    xAxis: { type: 'category', data: monthLabels(byMonth.map((m) => m.month)), axisLabel: TEXT },
    yAxis: { type: 'value', minInterval: 1, axisLabel: TEXT },
    series: statuses.map((s) => ({
      type: 'bar' as const,
      name: LEAD_STATUS_LABELS[s],
      stack: 'leads',
      barMaxWidth: 28,
      data: byMonth.map((m) => m.byStatus[s]),
    })),
  };
}

/** 刊发层级: a ring of the levels that have publications, largest levels first in the legend order. */
export function publicationsByLevelOption(byLevel: SummaryFigures['publicationsByLevel']): ChartOption {
  const data = PUBLICATION_LEVELS.filter((l) => byLevel[l] > 0).map((l) => ({
    name: PUBLICATION_LEVEL_LABELS[l],
    value: byLevel[l],
  }));
  return {
    color: PALETTE,
    tooltip: { trigger: 'item', confine: true, formatter: '{b}：{c}篇（{d}%）' },
    legend: { ...legend, type: 'plain' },
    series: [
      {
        type: 'pie',
        // A ring small enough that the outside labels (name over count) fit a phone's width: never cut to "市…".
        radius: ['30%', '52%'],
        center: ['50%', '58%'],
        avoidLabelOverlap: true,
        label: { formatter: '{b}\n{c}篇', fontSize: 12, lineHeight: 16, overflow: 'none' },
        labelLine: { length: 6, length2: 6 },
        data,
      },
    ],
  };
}

/** 各单位线索与采用率: submitted and accepted bars per unit, the adoption rate as a line on its own 0–100 axis. */
export function unitsOption(units: SummaryFigures['leadsByUnit']): ChartOption {
  return {
    color: ['#1f6fd1', '#1a8a4a', '#c8102e'],
    tooltip: { trigger: 'axis', confine: true },
    legend,
    grid: grid(),
    xAxis: {
      type: 'category',
      data: units.map((u) => u.unitName),
      axisLabel: { ...TEXT, interval: 0, rotate: units.length > 5 ? 30 : 0 },
    },
    yAxis: [
      { type: 'value', minInterval: 1, axisLabel: TEXT },
      { type: 'value', min: 0, max: 100, axisLabel: { ...TEXT, formatter: '{value}%' }, splitLine: { show: false } },
    ],
    series: [
      { type: 'bar', name: '报送', barMaxWidth: 20, data: units.map((u) => u.leadsSubmitted) },
      { type: 'bar', name: '采用', barMaxWidth: 20, data: units.map((u) => u.leadsAccepted) },
      // A unit that sent nothing has no rate: a gap in the line, not a misleading 0%.
      { type: 'line', name: '采用率', yAxisIndex: 1, connectNulls: false, data: units.map((u) => u.adoptionRate) },
    ],
  };
}

/** 线索类别: horizontal bars, most frequent at the top. */
export function categoriesOption(byCategory: SummaryFigures['leadsByCategory']): ChartOption {
  // ECharts draws the first category at the bottom of a vertical category axis: reverse to put the largest on top.
  const rows = [...byCategory].reverse();
  return {
    color: ['#c8102e'],
    tooltip: { trigger: 'axis', confine: true, axisPointer: { type: 'shadow' } },
    grid: { ...grid(), top: 8 },
    xAxis: { type: 'value', minInterval: 1, axisLabel: TEXT },
    yAxis: { type: 'category', data: rows.map((c) => c.category), axisLabel: TEXT },
    series: [
      {
        type: 'bar',
        name: '线索',
        barMaxWidth: 16,
        data: rows.map((c) => c.count),
        label: { show: true, position: 'right', fontSize: 12 },
      },
    ],
  };
}

/** The buckets' names on the axis: bounds are inclusive, so "1–3天" is more than 24 hours and at most 72. */
export const PUBLICATION_BUCKET_LABELS: Record<PublicationBucket, string> = {
  le1d: '1天内',
  le3d: '1–3天',
  le7d: '3–7天',
  le30d: '7–30天',
  gt30d: '30天以上',
};

/** 报送到首次刊发用时: the period's leads that ran, one bar per bucket from fastest to slowest, each labelled with its count. */
export function firstPublicationOption(buckets: SummaryFigures['hoursToFirstPublicationBuckets']): ChartOption {
  return {
    color: ['#1f6fd1'],
    tooltip: { trigger: 'axis', confine: true, axisPointer: { type: 'shadow' }, formatter: '{b}见报：{c}条线索' },
    grid: grid(),
    xAxis: {
      type: 'category',
      data: PUBLICATION_BUCKETS.map((b) => PUBLICATION_BUCKET_LABELS[b]),
      axisLabel: { ...TEXT, interval: 0 },
    },
    yAxis: { type: 'value', minInterval: 1, axisLabel: TEXT },
    series: [
      {
        type: 'bar',
        name: '线索',
        barMaxWidth: 28,
        label: { show: true, position: 'top', fontSize: 12 },
        data: PUBLICATION_BUCKETS.map((b) => buckets[b]),
      },
    ],
  };
}

/** Whether a chart has anything to draw (an empty period shows a line of text instead of empty axes). */
export const hasData = (values: number[]) => values.some((v) => v > 0);
