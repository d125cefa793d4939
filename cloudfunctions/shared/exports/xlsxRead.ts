// Reads the cell values of one sheet of an .xlsx (the 新媒体 import), in both runtimes. A small SpreadsheetML reader
// on fflate rather than exceljs: exceljs alone would take a cloud function over its 1 MB bundle budget. It reads what
// Excel, WPS, LibreOffice and exceljs write: shared strings (rich runs joined), inline strings, numbers, booleans.
import { strFromU8, unzipSync } from 'fflate';
import { invalid } from '../../core/errors';
import type { SheetCell } from '../../core/ports';

/** Parts larger than this once unzipped are refused: a small upload must not unpack into gigabytes. */
const MAX_PART_BYTES = 30 * 1024 * 1024;
const UNREADABLE = '文件不是有效的 Excel（.xlsx）文件，请用 Excel 或 WPS 另存为 .xlsx 后重新上传';

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? whole;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

const attributes = (tag: string) =>
  Object.fromEntries([...tag.matchAll(/([\w:]+)="([^"]*)"/g)].map(([, k, v]) => [k!, decode(v!)]));

/** The text of a string item: its <t> runs joined, phonetic guides (<rPh>) left out. */
const textOf = (xml: string) =>
  [...xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)]
    .map(([, t]) => decode(t!))
    .join('');

/** A1 → 0-based column index. */
function columnOf(ref: string): number {
  let n = 0;
  for (const ch of /^[A-Z]+/.exec(ref)?.[0] ?? '') n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

function cellValue(attrs: Record<string, string>, inner: string, shared: string[]): SheetCell {
  const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
  switch (attrs.t) {
    case 'inlineStr':
      return textOf(inner);
    case 's':
      return shared[Number(v)] ?? null;
    case 'str':
    case 'e':
      return v === undefined ? null : decode(v);
    case 'b':
      return v === '1' ? 'TRUE' : 'FALSE';
    default: {
      if (v === undefined) return null;
      const n = Number(v);
      return Number.isFinite(n) ? n : decode(v);
    }
  }
}

/**
 * The rows of the sheet named `name` (or of the workbook's only sheet), row 1 first, each as its cells from column
 * A; missing rows and cells are null. Throws INVALID_ARGUMENT for a file that is no readable .xlsx.
 */
export function readSheetRows(bytes: Uint8Array, name: string): SheetCell[][] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) =>
        f.originalSize <= MAX_PART_BYTES && /^xl\/(workbook\.xml|_rels\/|sharedStrings|worksheets\/)/.test(f.name),
    });
  } catch {
    throw invalid(UNREADABLE, { field: 'fileID' });
  }
  const part = (path: string) => (files[path] ? strFromU8(files[path]!) : null);
  const workbook = part('xl/workbook.xml');
  const rels = part('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) throw invalid(UNREADABLE, { field: 'fileID' });
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map(([tag]) => attributes(tag));
  const sheet = sheets.find((s) => s.name === name) ?? (sheets.length === 1 ? sheets[0] : undefined);
  if (!sheet) throw invalid(`文件中没有“${name}”工作表，请使用导出的台账中的该表填写`, { field: 'fileID' });
  const target = [...rels.matchAll(/<Relationship\b[^>]*>/g)]
    .map(([tag]) => attributes(tag))
    .find((r) => r.Id === sheet['r:id'])?.Target;
  const xml = target && part(target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  if (!xml) throw invalid(UNREADABLE, { field: 'fileID' });
  const shared = [...(part('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map(([, si]) =>
    textOf(si!),
  );

  const rows: SheetCell[][] = [];
  for (const [, rowAttrs, rowInner] of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const r = Number(attributes(rowAttrs!).r ?? rows.length + 1) - 1;
    const cells: SheetCell[] = [];
    for (const [, cellAttrs, inner] of (rowInner ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = attributes(cellAttrs!);
      const c = attrs.r ? columnOf(attrs.r) : cells.length;
      if (c < 0 || c > 100) continue;
      while (cells.length < c) cells.push(null);
      cells[c] = cellValue(attrs, inner ?? '', shared);
    }
    if (r < 0 || r > 100_000) continue;
    while (rows.length < r) rows.push([]);
    rows[r] = cells;
  }
  return rows;
}
