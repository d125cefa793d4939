// Calendar dates of Asia/Shanghai (no daylight saving: a fixed +08:00) and the instants that bound a period.
const DAY = 86_400_000;
const OFFSET = 8 * 3_600_000;

/** The ISO instant at which a Shanghai calendar date begins. */
export function dayStart(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - OFFSET).toISOString();
}

/** [start, end) instants of a period of dates, both inclusive: compare ISO createdAt strings against them. */
export function periodInstants(from: string, to: string): { start: string; end: string } {
  return { start: dayStart(from), end: dayStart(addDays(to, 1)) };
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * DAY).toISOString().slice(0, 10);
}

/** The calendar year of a YYYY-MM-DD date. */
export const yearOf = (date: string): number => Number(date.slice(0, 4));

/** The Shanghai calendar date of an instant. */
export function shanghaiDate(instant: string | Date): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return new Date(ms + OFFSET).toISOString().slice(0, 10);
}

/** How many of a period's last months tell whether a unit's accounts are still used (newMedia.silentUnits). */
export const SILENT_MONTHS = 3;

/** The first and last of the period's last SILENT_MONTHS months (all of them when the period is shorter). */
export function silentWindow(from: string, to: string): { fromMonth: string; toMonth: string } {
  const months = monthsOf(from, to);
  return { fromMonth: months[Math.max(0, months.length - SILENT_MONTHS)]!, toMonth: months[months.length - 1]! };
}

/** The silent window's first day: the first of its first month, or the period's own first day when that is later. */
export function silentStart(from: string, to: string): string {
  const first = `${silentWindow(from, to).fromMonth}-01`;
  return first > from ? first : from;
}

/** Every month (YYYY-MM) the period touches, in order. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const last = to.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    months.push(month);
    if (month >= last) return months;
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
}

/** The last date of a month YYYY-MM. */
export function monthEnd(month: string): string {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** How a period reads in Chinese: 2026年, 2026年1月至3月, or 2026年1月5日至2026年3月8日. */
export function periodLabel(from: string, to: string): string {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const wholeMonths = fd === 1 && to === monthEnd(to.slice(0, 7));
  if (wholeMonths && fy === ty && fm === 1 && tm === 12) return `${fy}年`;
  if (wholeMonths && fy === ty) return fm === tm ? `${fy}年${fm}月` : `${fy}年${fm}月至${tm}月`;
  if (wholeMonths) return `${fy}年${fm}月至${ty}年${tm}月`;
  return `${fy}年${fm}月${fd}日至${ty}年${tm}月${td}日`;
}
