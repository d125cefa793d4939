// The stats port on the WeChat cloud database: figures, rankings, explanations, alerts and highlights as aggregation
// pipelines; rules, activities and export jobs as documents; exports built in the call and put in cloud storage.
import type * as port from '../../../core/stats/ports';
import { serverOnly } from '../locked';
import type { Database, WxCloud } from '../sdk';
import { alerts } from './alerts';
import { explain } from './explain';
import { writeExport } from './exportFile';
import { summaryFigures } from './figures';
import { highlights } from './highlights';
import { ranking } from './ranking';
import * as drafts from './drafts';
import * as records from './records';
import { WxRecordsStore } from './recordsStore';

/** What the stats and trainings bundles pass to wxMain (scripts/build-functions.ts); client-written documents are
 * invisible to the statistics too (locked.ts). */
export const wxStatsStore = (wx: WxCloud): port.StatsStore => new WxStatsStore(serverOnly(wx.database()), wx);

export class WxStatsStore extends WxRecordsStore implements port.StatsStore {
  constructor(
    db: Database,
    private readonly cloud: Pick<WxCloud, 'uploadFile'>,
  ) {
    super(db);
  }

  summaryFigures(q: port.PeriodQuery): Promise<port.SummaryFigures> {
    return summaryFigures(this.db, q);
  }
  highlights(q: port.HighlightsQuery): Promise<port.HighlightSection[]> {
    return highlights(this.db, q);
  }
  ranking(q: port.RankingQuery): Promise<port.Page<port.RankingRow>> {
    return ranking(this.db, q);
  }
  explain(q: port.ExplainQuery): Promise<{ total: number; page: port.Page<port.ExplainItem> }> {
    return explain(this.db, q);
  }
  alerts(q: port.AlertsQuery): Promise<port.Alerts> {
    return alerts(this.db, q);
  }
  getSummaryDraft(townshipId: string, from: string, to: string): Promise<port.SummaryDraftRecord | null> {
    return drafts.getSummaryDraft(this.db, townshipId, from, to);
  }
  saveSummaryDraft(draft: port.SummaryDraftRecord, expectedSavedAt: string | null | undefined): Promise<boolean> {
    return drafts.saveSummaryDraft(this.db, draft, expectedSavedAt);
  }
  findExportJob(townshipId: string, key: string, notBefore: string): Promise<port.ExportJobRecord | null> {
    return records.findExportJob(this.db, townshipId, key, notBefore);
  }

  insertExportJob(job: port.ExportJobRecord): Promise<void> {
    return records.insertExportJob(this.db, job);
  }
  updateExportJob(job: port.ExportJobRecord): Promise<void> {
    return records.updateExportJob(this.db, job);
  }
  getExportJob(townshipId: string, id: string): Promise<port.ExportJobRecord | null> {
    return records.getExportJob(this.db, townshipId, id);
  }

  writeExport(
    job: port.ExportJobRecord,
    content: port.ExportContent,
    onProgress: (f: number) => void,
  ): Promise<{ fileID: string; fileName: string }> {
    return writeExport(this.cloud, this.db, job, content, onProgress);
  }
}
