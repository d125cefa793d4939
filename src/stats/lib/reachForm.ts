// The monthly reach screen's form: one row per platform the unit runs, two figures each, typed as text and checked
// here before saveMonthly (the server checks again). Blank rows are left out; a row half filled is not.
import type { Result } from '@api';
import type { UnitView } from '@core';
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

/**
 * What the screen says when there is no platform to fill in for `month`: no unit has one, the unit never had one, or
 * the unit gave its platforms up before that month (then the months they ran can still be filled in).
 */
export function noPlatformText(unit: UnitView | null, month: string, admin: boolean): { title: string; hint: string } {
  const add = '在“单位与宣传平台”中为单位添加公众号、抖音等账号后，即可按月填报粉丝和阅读量';
  const hint = admin ? add : `${add}，请联系管理员添加`;
  if (!unit) return { title: '还没有单位登记宣传平台', hint };
  const last = unit.platformRuns.reduce((d, r) => (r.until > d ? r.until : d), '');
  if (!last) return { title: `${unit.name}还没有登记宣传平台`, hint };
  return {
    title: `${unit.name}${month.replace('-', '年')}月没有在用的宣传平台`,
    hint: `宣传平台已于${last}停用，之前月份的数据仍可点“上月”翻到当月填报；重新启用请${admin ? '在“单位与宣传平台”中选上' : '联系管理员'}`,
  };
}
