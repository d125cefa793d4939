// Dates as the township reads them. Times are shown in China time (UTC+8, no daylight saving),
// whatever zone the device or test machine is set to.

const CHINA_OFFSET_MS = 8 * 3600 * 1000;
const pad = (n: number) => String(n).padStart(2, '0');

interface ChinaParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function chinaParts(date: Date): ChinaParts {
  const d = new Date(date.getTime() + CHINA_OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  };
}

/** "刚刚", "5分钟前", "3小时前", "2天前", then the date itself. */
export function formatAge(iso: string, now: Date = new Date()): string {
  const then = new Date(iso);
  const minutes = Math.floor((now.getTime() - then.getTime()) / 60000);
  if (Number.isNaN(minutes)) return '';
  if (minutes < 1) return '刚刚';
  if (minutes < 60) return `${minutes}分钟前`;
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)}小时前`;
  if (minutes < 30 * 24 * 60) return `${Math.floor(minutes / (24 * 60))}天前`;
  return formatDate(iso, now);
}

/** "11月26日" this year, "2024年11月26日" otherwise. */
export function formatDate(iso: string, now: Date = new Date()): string {
  const p = chinaParts(new Date(iso));
  return p.year === chinaParts(now).year ? `${p.month}月${p.day}日` : `${p.year}年${p.month}月${p.day}日`;
}

const chinaDayNumber = (date: Date) => Math.floor((date.getTime() + CHINA_OFFSET_MS) / (24 * 3600 * 1000));

/** For things that have a calendar day but no time of day (a publication): "今天", "昨天", then the date. */
export function formatDay(iso: string, now: Date = new Date()): string {
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return '';
  const days = chinaDayNumber(now) - chinaDayNumber(then);
  if (days === 0) return '今天';
  if (days === 1) return '昨天';
  return formatDate(iso, now);
}

/** "2025-11-26 14:03" */
export function formatDateTime(iso: string): string {
  const p = chinaParts(new Date(iso));
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** The values a date picker ("2025-11-26") and a time picker ("14:03") start from. */
export function pickerValues(now: Date = new Date()): { date: string; time: string } {
  const p = chinaParts(now);
  return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/** Picker values back to the ISO time with offset that `occurredAt` expects. */
export function occurredAtFrom(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  return `${date}T${time}:00+08:00`;
}
