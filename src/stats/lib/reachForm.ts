// The monthly reach screen's form: one row per platform the unit runs, two figures each, typed as text and checked
// here before saveMonthly (the server checks again). Blank rows are left out; a row half filled is not.
import type { Result } from '@api';
import { PLATFORM_KINDS, PLATFORM_LABELS, type PlatformKind } from '@core/vocabulary';

type PlatformMonthView = Result<'platforms', 'listMonthly'>['items'][number];

export interface ReachRow {
  platform: PlatformKind;
  followers: string;
  reads: string;
}

/** YYYY-MM of the month `delta` months from `month`. */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const n = y * 12 + (m - 1) + delta;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
}

/** The month people report by default: the last whole month before today (YYYY-MM-DD, China). */
export const defaultMonth = (today: string) => shiftMonth(today.slice(0, 7), -1);

/** The unit's platforms in vocabulary order, prefilled with what is saved for the month. */
export function rowsFor(platforms: PlatformKind[], saved: PlatformMonthView[]): ReachRow[] {
  return PLATFORM_KINDS.filter((p) => platforms.includes(p)).map((platform) => {
    const s = saved.find((v) => v.platform === platform);
    return { platform, followers: s ? String(s.followers) : '', reads: s ? String(s.reads) : '' };
  });
}

const COUNT = /^\d{1,12}$/;

/** The entries to save, or the first problem in Chinese. */
export function entriesOf(
  rows: ReachRow[],
): { entries: { platform: PlatformKind; followers: number; reads: number }[] } | { error: string } {
  const entries = [];
  for (const r of rows) {
    const [followers, reads] = [r.followers.trim(), r.reads.trim()];
    if (!followers && !reads) continue;
    const label = PLATFORM_LABELS[r.platform];
    if (!followers || !reads) return { error: `请同时填写${label}的粉丝数和阅读（播放）量` };
    if (!COUNT.test(followers) || !COUNT.test(reads)) return { error: `${label}的数字应为不小于0的整数` };
    entries.push({ platform: r.platform, followers: Number(followers), reads: Number(reads) });
  }
  return entries.length ? { entries } : { error: '请至少填写一个平台的数据' };
}
