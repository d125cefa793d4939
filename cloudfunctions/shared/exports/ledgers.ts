// The ledgers (台账) from any data source, described once: records come page by page through LedgerSource (SQLite
// locally, the cloud database on WeChat) and rows leave one by one through SheetSink (exceljs's streaming writer
// locally, so 100,000 rows never sit in memory; an in-memory Sheet[] for the cloud's small writer).
import type { ExportContent } from '../../core/stats/ports';
import type { RankBy, RankingRow } from '../../core/stats/ranking';
import {
  ARTICLE_KIND_LABELS,
  LEAD_STATUS_LABELS,
  PUBLICATION_LEVELS,
  PUBLICATION_LEVEL_LABELS,
  type ArticleKind,
  type LeadStatus,
  type PublicationLevel,
} from '../../core/vocabulary';
import {
  activitiesTable,
  LEDGER_NOTES,
  LEDGER_SHEETS,
  platformsTable,
  summaryTable,
  trainingsTable,
  workPlanTable,
} from '../../core/stats/ledgerTables';
import { reachTable } from '../../core/reach/ledger';
import type { Sheet } from './xlsxFile';

export interface LedgerLead {
  createdAt: string;
  title: string;
  category: string;
  unitName: string;
  authorName: string;
  status: LeadStatus;
  decidedAt: string | null;
  highlightSection: string;
}

export interface LedgerArticle {
  /** null: an article of the period that had not run by the period's end. */
  publishedAt: string | null;
  /** Its first publication after the period, if any. */
  laterAt?: string | null;
  title: string;
  kind: ArticleKind;
  creditNames: string;
  outlet: string;
  level: PublicationLevel | null;
  url: string;
}

/** Pages of the period's records, oldest first: publications of the period, then its unpublished articles. */
export interface LedgerSource {
  leads(): AsyncIterable<LedgerLead[]>;
  articles(): AsyncIterable<LedgerArticle[]>;
  ranking(by: RankBy): AsyncIterable<RankingRow[]>;
}

/** One sheet being written: its rows in order, then end() before the next sheet opens. */
export interface SheetWriter {
  row(values: (string | number)[]): void;
  end(): void;
}

/** Where the ledgers go, one sheet after another, a row at a time: an array in memory, or a streaming file. */
export interface SheetSink {
  sheet(name: string, columns: Sheet['columns']): SheetWriter;
}

/** The sheet names, for readers of the file (tests, docs). */
export const SHEETS = LEDGER_SHEETS;

const local = (iso: string | null) =>
  iso ? new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ') : '';

const LEAD_COLUMNS: Sheet['columns'] = [
  ['序号', 8],
  ['报送时间', 18],
  ['标题', 40],
  ['类别', 12],
  ['单位', 16],
  ['通讯员', 10],
  ['状态', 10],
  ['首次审核时间', 18],
  ['亮点栏目', 12],
];
const ARTICLE_COLUMNS: Sheet['columns'] = [
  ['序号', 8],
  ['刊发日期', 12],
  ['稿件标题', 40],
  ['体裁', 10],
  ['署名', 20],
  ['刊发媒体', 20],
  ['级别', 10],
  ['链接', 40],
];
const LEVEL_COLUMNS = PUBLICATION_LEVELS.map((l): [string, number] => [`${PUBLICATION_LEVEL_LABELS[l]}用稿`, 10]);
const rankingColumns = (by: RankBy): Sheet['columns'] => [
  ['排名', 8],
  [by === 'reporter' ? '通讯员' : '单位', 16],
  ...(by === 'reporter' ? [['单位', 16] as [string, number]] : []),
  ['积分', 10],
  ['报送线索', 10],
  ['采用线索', 10],
  ...LEVEL_COLUMNS,
  ['稿件', 8],
];

const leadRow = (n: number, r: LedgerLead) => [
  n,
  local(r.createdAt),
  r.title,
  r.category,
  r.unitName,
  r.authorName,
  LEAD_STATUS_LABELS[r.status],
  local(r.decidedAt),
  r.highlightSection,
];
const articleRow = (n: number, r: LedgerArticle) => {
  const when = r.publishedAt ?? (r.laterAt ? `期后刊发（${r.laterAt}）` : '未刊发');
  return [
    n,
    when,
    r.title,
    ARTICLE_KIND_LABELS[r.kind],
    r.creditNames,
    r.outlet,
    r.level ? PUBLICATION_LEVEL_LABELS[r.level] : '',
    r.url,
  ];
};
const rankingRow = (n: number, r: RankingRow, by: RankBy) => [
  n,
  r.name,
  ...(by === 'reporter' ? [r.unitName ?? ''] : []),
  r.points,
  r.leadsSubmitted,
  r.leadsAccepted,
  ...PUBLICATION_LEVELS.map((l) => r.publications[l]),
  r.articles,
];

/** A whole small table, e.g. 汇总. */
function table(sink: SheetSink, t: Sheet): void {
  const w = sink.sheet(t.name, t.columns);
  for (const row of t.rows) w.row(row);
  w.end();
}

/** A sheet fed page by page from the source, numbered from 1, with the note on how it counts at the bottom. */
async function paged<T>(
  sink: SheetSink,
  name: string,
  columns: Sheet['columns'],
  note: string,
  pages: AsyncIterable<T[]>,
  toRow: (n: number, r: T) => (string | number)[],
  onPage: (size: number) => void = () => {},
): Promise<void> {
  const w = sink.sheet(name, columns);
  let n = 0;
  for await (const page of pages) {
    for (const r of page) w.row(toRow(++n, r));
    onPage(page.length);
  }
  // The note sits after a blank row below the sheet's last row.
  w.row([]);
  w.row([note]);
  w.end();
}

/** The ledgers, sheet by sheet into the sink; progress counts leads and publications read. */
export async function writeLedgers(
  source: LedgerSource,
  c: ExportContent,
  sink: SheetSink,
  onProgress: (f: number) => void,
): Promise<void> {
  const total = c.figures.leadsSubmitted + c.figures.publicationsTotal + 1;
  let done = 0;
  const progress = (size: number) => onProgress((done += size) / total);
  table(sink, summaryTable(c.figures));
  await paged(sink, SHEETS.leads, LEAD_COLUMNS, LEDGER_NOTES.leads, source.leads(), leadRow, progress);
  await paged(sink, SHEETS.articles, ARTICLE_COLUMNS, LEDGER_NOTES.articles, source.articles(), articleRow, progress);
  for (const by of ['reporter', 'unit'] as const) {
    const [name, note] =
      by === 'reporter' ? [SHEETS.reporters, LEDGER_NOTES.reporters] : [SHEETS.units, LEDGER_NOTES.units];
    await paged(sink, name, rankingColumns(by), note, source.ranking(by), (n, r: RankingRow) => rankingRow(n, r, by));
  }
  table(sink, trainingsTable(c.activities));
  table(sink, activitiesTable(c.activities, c.units));
  table(sink, workPlanTable(c.workTasks, c.units));
  table(sink, platformsTable(c.units));
  table(sink, reachTable(c.units, c.platformMonths, c.from, c.to));
  onProgress(1);
}

/** The ledgers as sheets in memory, for the cloud's small in-memory .xlsx writer. */
export async function ledgerSheets(
  source: LedgerSource,
  c: ExportContent,
  onProgress: (f: number) => void,
): Promise<Sheet[]> {
  const sheets: Sheet[] = [];
  const sink: SheetSink = {
    sheet(name, columns) {
      const sheet: Sheet = { name, columns, rows: [] };
      sheets.push(sheet);
      return { row: (values) => sheet.rows.push(values), end: () => {} };
    },
  };
  await writeLedgers(source, c, sink, onProgress);
  return sheets;
}
