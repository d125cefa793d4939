// The demo year on the calendar: the twelve months (Asia/Shanghai) ending with the month of the clock's `now`,
// so whatever day the host starts on, 示范镇 has a full year behind it and every story falls in its season.
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The Asia/Shanghai calendar date (no daylight saving there, so a fixed +8 h is exact). */
export const shanghaiDate = (ms: number) => new Date(ms + 8 * HOUR).toISOString().slice(0, 10);

export interface DemoMonth {
  year: number;
  /** 1–12. */
  month: number;
}

export interface DemoYear {
  /** First day of the first month and today, both inclusive: the period the demo's figures fill. */
  from: string;
  to: string;
  /** Oldest first; the last one is the current month. */
  months: DemoMonth[];
}

export function demoYear(now: Date): DemoYear {
  const to = shanghaiDate(now.getTime());
  const [year, month] = to.split('-').map(Number) as [number, number];
  const months = Array.from({ length: 12 }, (_, i) => {
    const d = new Date(Date.UTC(year, month - 12 + i, 1));
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
  });
  const first = months[0] as DemoMonth;
  return { from: `${first.year}-${String(first.month).padStart(2, '0')}-01`, to, months };
}

/** Midnight at the start of a Shanghai calendar day, as UTC milliseconds. */
export const shanghaiMidnight = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) - 8 * HOUR;

export const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export { DAY, HOUR };

/**
 * 14:00 on `day` of the demo year's `month` (1–12), or yesterday when that is still ahead: a session planned for
 * later this month has, in the demo, already taken place. Answers the instant and its Shanghai date.
 */
export function pastSession(now: Date, month: number, day: number): { at: string; date: string } {
  const { year } = demoYear(now).months.find((m) => m.month === month) as DemoMonth;
  const ms = Math.min(
    shanghaiMidnight(year, month, Math.min(day, daysInMonth(year, month))) + 14 * HOUR,
    now.getTime() - DAY,
  );
  return { at: new Date(ms).toISOString(), date: shanghaiDate(ms) };
}
