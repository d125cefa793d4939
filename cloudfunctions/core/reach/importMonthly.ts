// platforms.importMonthly: an admin uploads the 新媒体 sheet of the ledgers, filled in, and every row is checked
// before anything is saved: one bad row saves nothing and is named with its row number (all or nothing).
import { invalid, notFound } from '../errors';
import { portOf, type Context, type SheetCell } from '../ports';
import type { AccountRecord, UnitRecord } from '../accounts/records';
import { shanghaiDate } from '../stats/period';
import { platformsForMonth } from '../stats/unitLife';
import { PLATFORM_KINDS, PLATFORM_LABELS, type PlatformKind } from '../vocabulary';
import { REACH_HEADERS, REACH_SHEET } from './ledger';
import { platformMonthKey, type PlatformMonthRecord } from './records';
import { monthRecord, notRunMessage } from './service';
import { monthSchema, platformMonthEntrySchema, type ImportMonthlyInput } from './schemas';

/** A file with more rows than this is refused whole: twenty units × four platforms × a few years. */
export const MAX_IMPORT_ROWS = 5000;

export interface ImportError {
  /** The row number as the spreadsheet shows it (the header is row 1). */
  row: number;
  message: string;
}

type Column = keyof typeof REACH_HEADERS;

const text = (c: SheetCell | undefined) => (c === null || c === undefined ? '' : String(c).trim());

/** Excel turns a typed 2026-03 into a date: its serial day number, counted from 1899-12-30. */
function monthOf(c: SheetCell | undefined): string {
  if (typeof c === 'number' && c > 20_000 && c < 80_000)
    return new Date((c - 25_569) * 86_400_000).toISOString().slice(0, 7);
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(text(c));
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}` : text(c);
}

/** A count as typed: a number, or digits (with thousands separators) in a text cell. */
function countOf(c: SheetCell | undefined): unknown {
  if (typeof c === 'number') return c;
  const t = text(c).replace(/[,，]/g, '');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t === '' ? undefined : t;
}

/** Where each column is, by its header; a missing header is reported before any row. */
function columnsOf(header: SheetCell[]): Record<Column, number> {
  const at = {} as Record<Column, number>;
  const missing: string[] = [];
  for (const [key, label] of Object.entries(REACH_HEADERS) as [Column, string][]) {
    const i = header.findIndex((h) => text(h) === label);
    if (i < 0) missing.push(label);
    at[key] = i;
  }
  if (missing.length) {
    throw invalid(`第1行缺少表头：${missing.join('、')}。请使用导出台账中的“${REACH_SHEET}”表`, { field: 'fileID' });
  }
  return at;
}

const PLATFORM_BY_LABEL = new Map<string, PlatformKind>(PLATFORM_KINDS.map((p) => [PLATFORM_LABELS[p], p]));

interface Row {
  n: number;
  cells: SheetCell[];
}

/** One row's record, or why it is refused. */
function checkRow(
  cells: SheetCell[],
  at: Record<Column, number>,
  units: Map<string, UnitRecord>,
  thisMonth: string,
): { record: Parameters<typeof monthRecord>[2] } | { error: string } {
  const unitName = text(cells[at.unit]);
  const unit = units.get(unitName);
  if (!unit) return { error: unitName ? `没有名为“${unitName}”的单位` : '未填写单位' };
  const platform = PLATFORM_BY_LABEL.get(text(cells[at.platform]));
  if (!platform)
    return { error: `平台“${text(cells[at.platform])}”无效，应为${[...PLATFORM_BY_LABEL.keys()].join('、')}之一` };
  const month = monthOf(cells[at.month]);
  if (!monthSchema.safeParse(month).success) return { error: `月份“${month}”无效，应为 YYYY-MM，例如 2026-03` };
  if (month > thisMonth) return { error: `不能填写未来月份（${month}）的数据` };
  if (!platformsForMonth(unit, month).includes(platform)) return { error: notRunMessage(unit, [{ platform }]) };
  const figures = platformMonthEntrySchema.safeParse({
    platform,
    followers: countOf(cells[at.followers]),
    reads: countOf(cells[at.reads]),
  });
  if (!figures.success) {
    const issue = figures.error.issues[0]!;
    const column = issue.path[0] === 'followers' ? at.followers : at.reads;
    const blank = text(cells[column]) === '';
    return { error: blank ? `未填写${issue.path[0] === 'followers' ? '粉丝数' : '阅读（播放）量'}` : issue.message };
  }
  return { record: { unitId: unit.id, platform, month, followers: figures.data.followers, reads: figures.data.reads } };
}

export async function importMonthly(
  ctx: Context,
  caller: AccountRecord,
  input: ImportMonthlyInput,
): Promise<{ saved: number; errors: ImportError[] }> {
  const sheet = await ctx.files.readSheet(input.fileID, caller, REACH_SHEET);
  if (!sheet) throw notFound('没有找到上传的文件，请重新上传');
  const [header = [], ...body] = sheet;
  const at = columnsOf(header);
  // Blank rows, rows whose two figures are both blank (accounts not reported that month) and the 说明 row are skipped.
  const rows = body
    .map((cells, i): Row => ({ n: i + 2, cells }))
    .filter(({ cells }) => !text(cells[0]).startsWith('说明'))
    .filter(({ cells }) => text(cells[at.followers]) !== '' || text(cells[at.reads]) !== '');
  if (rows.length > MAX_IMPORT_ROWS) throw invalid(`一次最多导入${MAX_IMPORT_ROWS}行，请分批导入`, { field: 'fileID' });
  if (rows.length === 0) throw invalid('表中没有填写任何数据', { field: 'fileID' });

  const units = new Map((await ctx.townships.listUnits(caller.townshipId)).map((u) => [u.name, u]));
  const now = ctx.clock.now();
  const thisMonth = shanghaiDate(now).slice(0, 7);
  const errors: ImportError[] = [];
  const records: PlatformMonthRecord[] = [];
  const firstRow = new Map<string, number>();
  for (const row of rows) {
    const checked = checkRow(row.cells, at, units, thisMonth);
    if ('error' in checked) {
      errors.push({ row: row.n, message: `第${row.n}行：${checked.error}` });
      continue;
    }
    const key = platformMonthKey(checked.record);
    const earlier = firstRow.get(key);
    if (earlier !== undefined) {
      errors.push({ row: row.n, message: `第${row.n}行：与第${earlier}行是同一单位、平台和月份，请只保留一行` });
      continue;
    }
    firstRow.set(key, row.n);
    records.push(monthRecord(caller, now, checked.record));
  }
  if (errors.length) return { saved: 0, errors };
  await portOf(ctx.reach).savePlatformMonths(records);
  return { saved: records.length, errors: [] };
}
