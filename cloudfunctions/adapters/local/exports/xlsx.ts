// The ledgers (台账) as an .xlsx written by exceljs's streaming writer: rows go to disk page by page, so a year of
// 100,000 leads never sits in memory. Sheets: 线索台账, 稿件及刊发台账, 通讯员积分, 单位积分.
import ExcelJS from 'exceljs';
import type { CursorKey } from '../../../core/cursor';
import type { ExportContent } from '../../../core/stats/ports';
import { periodInstants } from '../../../core/stats/period';
import type { RankingRow } from '../../../core/stats/ranking';
import {
  ARTICLE_KIND_LABELS,
  LEAD_STATUS_LABELS,
  PUBLICATION_LEVELS,
  PUBLICATION_LEVEL_LABELS,
  type ArticleKind,
  type LeadStatus,
  type PublicationLevel,
} from '../../../core/vocabulary';
import { LEDGER_NOTES, LEDGER_SHEETS, platformsTable, summaryTable, trainingsTable, type LedgerTable } from '../../../core/stats/ledgerTables';
import { xmlRow } from '../../../shared/exports/xmlText';
import type { Db } from '../db';
import { ranking } from '../stats/scoringSql';

export const SHEETS = LEDGER_SHEETS;
const PAGE = 2000;
/** Lets the host answer other requests between pages of a long export. */
const breathe = () => new Promise((resolve) => setImmediate(resolve));

const local = (iso: string | null) => (iso ? new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ') : '');

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

export interface LedgerCounts {
  leads: number;
  publications: number;
}

export async function writeLedgers(db: Db, c: ExportContent, townshipId: string, filename: string, onProgress: (f: number) => void): Promise<void> {
  const p = { t: townshipId, from: c.from, to: c.to, ...periodInstants(c.from, c.to) };
  const total = c.figures.leadsSubmitted + c.figures.publicationsTotal + 1;
  let done = 0;
  const names = new Map((db.prepare('SELECT id, name FROM accounts WHERE township_id = ?').all(townshipId) as { id: string; name: string }[]).map((a) => [a.id, a.name]));
  const creditNames = (credits: string) => (JSON.parse(credits) as string[]).map((id) => names.get(id) ?? '').join('、');

  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename, useStyles: true, useSharedStrings: false });
  const sheet = (name: string, columns: [string, number][]) => {
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = columns.map(([header, width]) => ({ header, width }));
    ws.getRow(1).font = { bold: true };
    return ws;
  };
  /** The note on how a sheet counts, after a blank row below its last row. */
  const note = (ws: ExcelJS.Worksheet, text: string) => {
    ws.addRow(xmlRow([])).commit();
    ws.addRow(xmlRow([text])).commit();
  };
  const table = (t: LedgerTable) => {
    const ws = sheet(t.name, t.columns);
    for (const row of t.rows) ws.addRow(xmlRow(row)).commit();
    ws.commit();
  };

  table(summaryTable(c.figures));

  const leads = sheet(SHEETS.leads, [['序号', 8], ['报送时间', 18], ['标题', 40], ['类别', 12], ['单位', 16], ['通讯员', 10], ['状态', 10], ['首次审核时间', 18], ['亮点栏目', 12]]);
  for (let after: CursorKey | null = null, n = 0; ; ) {
    const rows = db.prepare(LEADS_PAGE_SQL).all({ ...p, ca: after?.[0] ?? null, ci: after?.[1] ?? null }) as { id: string; created_at: string; title: string; category: string; unit: string; author: string; status: LeadStatus; decided: string | null; highlight: string }[];
    for (const r of rows) leads.addRow(xmlRow([++n, local(r.created_at), r.title, r.category, r.unit, r.author, LEAD_STATUS_LABELS[r.status], local(r.decided), r.highlight])).commit();
    done += rows.length;
    onProgress(done / total);
    if (rows.length < PAGE) break;
    after = [rows[rows.length - 1]!.created_at, rows[rows.length - 1]!.id];
    await breathe();
  }
  note(leads, LEDGER_NOTES.leads);
  leads.commit();

  const articles = sheet(SHEETS.articles, [['序号', 8], ['刊发日期', 12], ['稿件标题', 40], ['体裁', 10], ['署名', 20], ['刊发媒体', 20], ['级别', 10], ['链接', 40]]);
  let n = 0;
  for (let after: CursorKey | null = null; ; ) {
    const rows = db.prepare(PUBLICATIONS_PAGE_SQL).all({ ...p, ca: after?.[0] ?? null, ci: after?.[1] ?? null }) as { id: string; published_at: string; title: string; kind: ArticleKind; credits: string; outlet: string; level: PublicationLevel; url: string }[];
    for (const r of rows) articles.addRow(xmlRow([++n, r.published_at, r.title, ARTICLE_KIND_LABELS[r.kind], creditNames(r.credits), r.outlet, PUBLICATION_LEVEL_LABELS[r.level], r.url])).commit();
    done += rows.length;
    onProgress(done / total);
    if (rows.length < PAGE) break;
    after = [rows[rows.length - 1]!.published_at, rows[rows.length - 1]!.id];
    await breathe();
  }
  type Unpublished = { created_at: string; title: string; kind: ArticleKind; credits: string; later: string | null };
  for (const r of db.prepare(UNPUBLISHED_SQL).all(p) as Unpublished[]) {
    const when = r.later ? `期后刊发（${r.later}）` : '未刊发';
    articles.addRow(xmlRow([++n, when, r.title, ARTICLE_KIND_LABELS[r.kind], creditNames(r.credits), '', '', ''])).commit();
  }
  note(articles, LEDGER_NOTES.articles);
  articles.commit();

  const levels = PUBLICATION_LEVELS.map((l) => [`${PUBLICATION_LEVEL_LABELS[l]}用稿`, 10] as [string, number]);
  for (const by of ['reporter', 'unit'] as const) {
    const ws = sheet(by === 'reporter' ? SHEETS.reporters : SHEETS.units, [
      ['排名', 8], [by === 'reporter' ? '通讯员' : '单位', 16], ...(by === 'reporter' ? [['单位', 16] as [string, number]] : []),
      ['积分', 10], ['报送线索', 10], ['采用线索', 10], ...levels, ['稿件', 8],
    ]);
    let rank = 0;
    for (let after: CursorKey | undefined; ; ) {
      const page = ranking(db, { townshipId, from: c.from, to: c.to, rules: c.rules, by, after, limit: 500 });
      for (const r of page.items as RankingRow[]) {
        ws.addRow(xmlRow([++rank, r.name, ...(by === 'reporter' ? [r.unitName ?? ''] : []), r.points, r.leadsSubmitted, r.leadsAccepted, ...PUBLICATION_LEVELS.map((l) => r.publications[l]), r.articles])).commit();
      }
      if (!page.next) break;
      after = page.next;
      await breathe();
    }
    note(ws, by === 'reporter' ? LEDGER_NOTES.reporters : LEDGER_NOTES.units);
    ws.commit();
  }
  table(trainingsTable(c.trainings));
  table(platformsTable(c.units));
  await wb.commit();
  onProgress(1);
}
