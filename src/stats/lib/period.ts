// The periods the stats pages ask about: this month, quarter or year (and the ones before), or a custom range,
// always as the server's {from, to} — calendar dates in Asia/Shanghai, both inclusive (DESIGN 4.3).
import { pickerValues } from '@/lib/time';

export type PeriodKind = 'month' | 'quarter' | 'year' | 'custom';
export type PresetKind = Exclude<PeriodKind, 'custom'>;

export interface Period {
  kind: PeriodKind;
  from: string;
  to: string;
}

export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = {
  month: '月度',
  quarter: '季度',
  year: '年度',
  custom: '自定义',
};

const pad = (n: number) => String(n).padStart(2, '0');
const QUARTER_NAMES = ['一', '二', '三', '四'];
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days in a month (month 1–12): day 0 of the next month is this month's last day. */
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

/** Today's date in China, whatever the device's own time zone. */
export const chinaToday = (now: Date = new Date()): string => pickerValues(now).date;

/** A real calendar date "YYYY-MM-DD" (rejects 2026-02-30), as numbers. */
export function parseDate(date: string): { year: number; month: number; day: number } | null {
  const m = DATE_RE.exec(date);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return { year, month, day };
}

/** The month (1–12) that starts the preset period containing `month`. */
const firstMonth = (kind: PresetKind, month: number) =>
  kind === 'year' ? 1 : kind === 'quarter' ? month - ((month - 1) % 3) : month;
const monthsIn = (kind: PresetKind) => (kind === 'year' ? 12 : kind === 'quarter' ? 3 : 1);

/** The preset period of `kind` starting in `year`/`month`, month counted from 1 and allowed to overflow either way. */
function presetStarting(kind: PresetKind, year: number, month: number): Period {
  const start = new Date(Date.UTC(year, month - 1, 1));
  const y = start.getUTCFullYear();
  const m = start.getUTCMonth() + 1;
  const end = new Date(Date.UTC(y, m - 1 + monthsIn(kind), 0));
  return { kind, from: iso(y, m, 1), to: iso(end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate()) };
}

/** The month, quarter or year containing `date` (default: today in China). */
export function presetPeriod(kind: PresetKind, date: string = chinaToday()): Period {
  const d = parseDate(date);
  if (!d) throw new Error(`不是有效日期：${date}`);
  return presetStarting(kind, d.year, firstMonth(kind, d.month));
}

/** The period before (-1) or after (+1): the previous month/quarter/year, or a custom range moved by its own length. */
export function shiftPeriod(period: Period, step: -1 | 1): Period {
  const from = parseDate(period.from)!;
  if (period.kind !== 'custom')
    return presetStarting(period.kind, from.year, from.month + step * monthsIn(period.kind));
  const length = daysBetween(period.from, period.to) + 1;
  return { kind: 'custom', from: addDays(period.from, step * length), to: addDays(period.to, step * length) };
}

/** Whether the period after this one has begun by `today`: the picker offers "next" only then. */
export const hasNext = (period: Period, today: string = chinaToday()) => shiftPeriod(period, 1).from <= today;

export function addDays(date: string, days: number): string {
  const d = parseDate(date)!;
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day) + days * DAY_MS);
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

function daysBetween(from: string, to: string): number {
  const a = parseDate(from)!;
  const b = parseDate(to)!;
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}

/** The server's longest period (core/stats/schemas MAX_PERIOD_DAYS), checked here so the person learns at once. */
export const MAX_CUSTOM_DAYS = 366 * 5;

/** A custom range from two picked dates, or the Chinese reason it cannot be asked for. */
export function customPeriod(from: string, to: string): Period | { error: string } {
  if (!parseDate(from) || !parseDate(to)) return { error: '请选择开始和结束日期' };
  if (from > to) return { error: '开始日期不能晚于结束日期' };
  if (daysBetween(from, to) >= MAX_CUSTOM_DAYS) return { error: '统计区间最长5年，请缩短区间' };
  return { kind: 'custom', from, to };
}

/** "2026年11月", "2026年第四季度", "2026年", or "2026-01-05 至 2026-02-10". */
export function periodLabel(period: Period): string {
  const from = parseDate(period.from)!;
  switch (period.kind) {
    case 'month':
      return `${from.year}年${from.month}月`;
    case 'quarter':
      return `${from.year}年第${QUARTER_NAMES[Math.floor((from.month - 1) / 3)]}季度`;
    case 'year':
      return `${from.year}年`;
    default:
      return `${period.from} 至 ${period.to}`;
  }
}

/** The period as a route query (and back), so a page opened from another keeps the same period. */
export const periodQuery = (p: Period) => `kind=${p.kind}&from=${p.from}&to=${p.to}`;

export function periodFromQuery(q: Partial<Record<string, string>>, fallback: () => Period): Period {
  const kind = q.kind as PeriodKind | undefined;
  if (!kind || !(kind in PERIOD_KIND_LABELS) || !q.from || !q.to) return fallback();
  const custom = customPeriod(q.from, q.to);
  return 'error' in custom ? fallback() : { ...custom, kind };
}
