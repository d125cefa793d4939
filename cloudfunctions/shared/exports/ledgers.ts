// The ledgers (台账) from any data source: the same four sheets and columns as adapters/local/exports/xlsx.ts, fed
// page by page through LedgerSource instead of SQL, so the local exporter could share it (see docs/summary.md).
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
import { LEDGER_NOTES, LEDGER_SHEETS, platformsTable, summaryTable, trainingsTable } from '../../core/stats/ledgerTables';
import type { Sheet } from './xlsxFile';

/** The note on how a sheet counts, after a blank row below its last row. */
const withNote = (sheet: Sheet, note: string): Sheet => ({ ...sheet, rows: [...sheet.rows, [], [note]] });

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

/** The sheet names of adapters/local/exports/xlsx.ts (not imported: that module would bring exceljs into the bundle). */
export const SHEETS = LEDGER_SHEETS;

const local = (iso: string | null) => (iso ? new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ') : '');

export async function ledgerSheets(source: LedgerSource, c: ExportContent, onProgress: (f: number) => void): Promise<Sheet[]> {
  const total = c.figures.leadsSubmitted + c.figures.publicationsTotal + 1;
  let done = 0;
  const leads: Sheet = { name: SHEETS.leads, columns: [['序号', 8], ['报送时间', 18], ['标题', 40], ['类别', 12], ['单位', 16], ['通讯员', 10], ['状态', 10], ['首次审核时间', 18], ['亮点栏目', 12]], rows: [] };
  for await (const page of source.leads()) {
    for (const r of page) leads.rows.push([leads.rows.length + 1, local(r.createdAt), r.title, r.category, r.unitName, r.authorName, LEAD_STATUS_LABELS[r.status], local(r.decidedAt), r.highlightSection]);
    onProgress((done += page.length) / total);
  }
  const articles: Sheet = { name: SHEETS.articles, columns: [['序号', 8], ['刊发日期', 12], ['稿件标题', 40], ['体裁', 10], ['署名', 20], ['刊发媒体', 20], ['级别', 10], ['链接', 40]], rows: [] };
  for await (const page of source.articles()) {
    for (const r of page) {
      const when = r.publishedAt ?? (r.laterAt ? `期后刊发（${r.laterAt}）` : '未刊发');
      articles.rows.push([articles.rows.length + 1, when, r.title, ARTICLE_KIND_LABELS[r.kind], r.creditNames, r.outlet, r.level ? PUBLICATION_LEVEL_LABELS[r.level] : '', r.url]);
    }
    onProgress((done += page.length) / total);
  }
  const levels = PUBLICATION_LEVELS.map((l) => [`${PUBLICATION_LEVEL_LABELS[l]}用稿`, 10] as [string, number]);
  const rankings = await Promise.all(
    (['reporter', 'unit'] as const).map(async (by) => {
      const sheet: Sheet = {
        name: by === 'reporter' ? SHEETS.reporters : SHEETS.units,
        columns: [['排名', 8], [by === 'reporter' ? '通讯员' : '单位', 16], ...(by === 'reporter' ? [['单位', 16] as [string, number]] : []), ['积分', 10], ['报送线索', 10], ['采用线索', 10], ...levels, ['稿件', 8]],
        rows: [],
      };
      for await (const page of source.ranking(by)) {
        for (const r of page) {
          sheet.rows.push([sheet.rows.length + 1, r.name, ...(by === 'reporter' ? [r.unitName ?? ''] : []), r.points, r.leadsSubmitted, r.leadsAccepted, ...PUBLICATION_LEVELS.map((l) => r.publications[l]), r.articles]);
        }
      }
      return withNote(sheet, by === 'reporter' ? LEDGER_NOTES.reporters : LEDGER_NOTES.units);
    }),
  );
  onProgress(1);
  return [
    summaryTable(c.figures),
    withNote(leads, LEDGER_NOTES.leads),
    withNote(articles, LEDGER_NOTES.articles),
    ...rankings,
    trainingsTable(c.trainings),
    platformsTable(c.units),
  ];
}
