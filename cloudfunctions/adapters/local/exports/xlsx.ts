// The ledgers (台账) as an .xlsx: the shared ledgers (shared/exports/ledgers.ts) read from SQLite page by page and
// written by exceljs's streaming writer, so a year of 100,000 leads never sits in memory.
import ExcelJS from 'exceljs';
import type { CursorKey } from '../../../core/cursor';
import type { ExportContent } from '../../../core/stats/ports';
import { periodInstants } from '../../../core/stats/period';
import type { ArticleKind, LeadStatus, PublicationLevel } from '../../../core/vocabulary';
import { writeLedgers, type LedgerArticle, type LedgerSource, type SheetSink } from '../../../shared/exports/ledgers';
import { xmlRow } from '../../../shared/exports/xmlText';
import type { Db } from '../db';
import { ranking } from '../stats/scoringSql';

export { SHEETS } from '../../../shared/exports/ledgers';

const PAGE = 2000;
/** Lets the host answer other requests between pages of a long export. */
const breathe = () => new Promise((resolve) => setImmediate(resolve));

const LEADS_PAGE_SQL = `
  SELECT l.id, l.created_at, l.title, l.category, coalesce(u.name, '') AS unit, coalesce(a.name, '') AS author, l.status,
         json_extract(l.history, '$[0].at') AS decided, coalesce(l.highlight_section, '') AS highlight
    FROM leads l LEFT JOIN units u ON u.id = l.unit_id LEFT JOIN accounts a ON a.id = l.author_id
   WHERE l.township_id = @t AND l.created_at >= @start AND l.created_at < @end
     AND (@ca IS NULL OR l.created_at > @ca OR (l.created_at = @ca AND l.id > @ci))
   ORDER BY l.created_at, l.id LIMIT ${PAGE}`;

const PUBLICATIONS_PAGE_SQL = `
  SELECT p.id, p.published_at, a.title, a.kind, a.credits, p.outlet, p.level, coalesce(p.url, '') AS url
    FROM publications p JOIN articles a ON a.id = p.article_id
   WHERE p.township_id = @t AND p.published_at >= @from AND p.published_at <= @to
     AND (@ca IS NULL OR p.published_at > @ca OR (p.published_at = @ca AND p.id > @ci))
   ORDER BY p.published_at, p.id LIMIT ${PAGE}`;

/**
 * Articles written in the period that had not run by its end: they belong in the ledger too, with the date of their
 * first publication when it came after the period.
 */
const UNPUBLISHED_SQL = `
  SELECT a.id, a.created_at, a.title, a.kind, a.credits,
         (SELECT min(p.published_at) FROM publications p WHERE p.article_id = a.id) AS later
    FROM articles a
   WHERE a.township_id = @t AND a.created_at >= @start AND a.created_at < @end
     AND NOT EXISTS (SELECT 1 FROM publications p WHERE p.article_id = a.id AND p.published_at <= @to)
   ORDER BY a.created_at, a.id`;

type LeadRow = {
  id: string;
  created_at: string;
  title: string;
  category: string;
  unit: string;
  author: string;
  status: LeadStatus;
  decided: string | null;
  highlight: string;
};
type PublicationRow = {
  id: string;
  published_at: string;
  title: string;
  kind: ArticleKind;
  credits: string;
  outlet: string;
  level: PublicationLevel;
  url: string;
};
type UnpublishedRow = { created_at: string; title: string; kind: ArticleKind; credits: string; later: string | null };

/** Pages of a keyset-paged query ordered by (`at`, id), a breath between pages. */
async function* pages<R extends { id: string }>(
  db: Db,
  sql: string,
  params: object,
  at: (r: R) => string,
): AsyncGenerator<R[]> {
  for (let after: CursorKey | null = null; ;) {
    const rows = db.prepare(sql).all({ ...params, ca: after?.[0] ?? null, ci: after?.[1] ?? null }) as R[];
    if (rows.length > 0) yield rows;
    if (rows.length < PAGE) return;
    const last = rows[rows.length - 1]!;
    after = [at(last), last.id];
    await breathe();
  }
}

/** LedgerSource on SQLite: the period's leads, publications and rankings, a page at a time. */
export function sqliteLedgerSource(db: Db, townshipId: string, c: ExportContent): LedgerSource {
  const p = { t: townshipId, from: c.from, to: c.to, ...periodInstants(c.from, c.to) };
  const accounts = db.prepare('SELECT id, name FROM accounts WHERE township_id = ?').all(townshipId) as {
    id: string;
    name: string;
  }[];
  const names = new Map(accounts.map((a) => [a.id, a.name]));
  const creditNames = (credits: string) =>
    (JSON.parse(credits) as string[]).map((id) => names.get(id) ?? '').join('、');
  return {
    async *leads() {
      for await (const rows of pages<LeadRow>(db, LEADS_PAGE_SQL, p, (r) => r.created_at)) {
        yield rows.map((r) => ({
          createdAt: r.created_at,
          title: r.title,
          category: r.category,
          unitName: r.unit,
          authorName: r.author,
          status: r.status,
          decidedAt: r.decided,
          highlightSection: r.highlight,
        }));
      }
    },
    async *articles() {
      for await (const rows of pages<PublicationRow>(db, PUBLICATIONS_PAGE_SQL, p, (r) => r.published_at)) {
        yield rows.map((r): LedgerArticle => ({
          publishedAt: r.published_at,
          title: r.title,
          kind: r.kind,
          creditNames: creditNames(r.credits),
          outlet: r.outlet,
          level: r.level,
          url: r.url,
        }));
      }
      yield (db.prepare(UNPUBLISHED_SQL).all(p) as UnpublishedRow[]).map((r): LedgerArticle => ({
        publishedAt: null,
        laterAt: r.later,
        title: r.title,
        kind: r.kind,
        creditNames: creditNames(r.credits),
        outlet: '',
        level: null,
        url: '',
      }));
    },
    async *ranking(by) {
      for (let after: CursorKey | undefined; ;) {
        const page = ranking(db, { townshipId, from: c.from, to: c.to, rules: c.rules, by, after, limit: 500 });
        yield page.items;
        if (!page.next) return;
        after = page.next;
        await breathe();
      }
    },
  };
}

/** A SheetSink on exceljs's streaming writer: each row is committed to the file as it comes. */
function streamingSink(wb: ExcelJS.stream.xlsx.WorkbookWriter): SheetSink {
  return {
    sheet(name, columns) {
      const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
      ws.columns = columns.map(([header, width]) => ({ header, width }));
      ws.getRow(1).font = { bold: true };
      return { row: (values) => ws.addRow(xmlRow(values)).commit(), end: () => ws.commit() };
    },
  };
}

export async function writeLedgerFile(
  db: Db,
  c: ExportContent,
  townshipId: string,
  filename: string,
  onProgress: (f: number) => void,
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename, useStyles: true, useSharedStrings: false });
  await writeLedgers(sqliteLedgerSource(db, townshipId, c), c, streamingSink(wb), onProgress);
  await wb.commit();
}
