// The 新媒体 ledger sheet: one row per unit × platform × month of the period. Its layout is also the layout of the
// Excel import (platforms.importMonthly), so a township fills in the exported sheet and uploads it again.
import type { UnitRecord } from '../accounts/records';
import { DELETED_UNIT } from '../accounts/units';
import { monthsOf } from '../stats/period';
import { platformsForMonth } from '../stats/unitLife';
import { LEDGER_NOTES, LEDGER_SHEETS, type LedgerTable } from '../stats/ledgerTables';
import { PLATFORM_KINDS, PLATFORM_LABELS } from '../vocabulary';
import { platformMonthKey, type PlatformMonthRecord } from './records';

/** The headers the import looks for, in the export's column order. */
export const REACH_HEADERS = {
  unit: '单位',
  platform: '平台',
  month: '月份',
  followers: '月末粉丝数',
  reads: '当月阅读（播放）量',
} as const;

export const REACH_SHEET = LEDGER_SHEETS.reach;

const WIDTHS: Record<keyof typeof REACH_HEADERS, number> = {
  unit: 20,
  platform: 10,
  month: 10,
  followers: 14,
  reads: 18,
};

/**
 * Every account the units list today gets a row for every month of the period, and a stopped one for the months up to
 * its last, empty where nothing was entered (a form to fill in); figures of accounts no longer listed keep their rows,
 * so the reads add up to the summary's.
 */
export function reachTable(units: UnitRecord[], months: PlatformMonthRecord[], from: string, to: string): LedgerTable {
  const entered = new Map(months.map((m) => [platformMonthKey(m), m]));
  const keys = new Set<string>();
  const rows: (string | number)[][] = [];
  const add = (unitId: string, unitName: string, platform: PlatformMonthRecord['platform'], month: string) => {
    const key = platformMonthKey({ unitId, platform, month });
    if (keys.has(key)) return;
    keys.add(key);
    const m = entered.get(key);
    rows.push([unitName, PLATFORM_LABELS[platform], month, m?.followers ?? '', m?.reads ?? '']);
  };
  const periodMonths = monthsOf(from, to);
  for (const u of units) {
    for (const p of PLATFORM_KINDS)
      for (const month of periodMonths) if (platformsForMonth(u, month).includes(p)) add(u.id, u.name, p, month);
    for (const m of months.filter((r) => r.unitId === u.id)) add(u.id, u.name, m.platform, m.month);
  }
  const known = new Set(units.map((u) => u.id));
  for (const m of months.filter((r) => !known.has(r.unitId))) add(m.unitId, DELETED_UNIT, m.platform, m.month);
  return {
    name: REACH_SHEET,
    columns: (Object.keys(REACH_HEADERS) as (keyof typeof REACH_HEADERS)[]).map((k) => [REACH_HEADERS[k], WIDTHS[k]]),
    rows: [...rows, [], [LEDGER_NOTES.reach]],
  };
}
