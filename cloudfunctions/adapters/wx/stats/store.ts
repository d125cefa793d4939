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
import * as workPlan from './workPlan';
import * as reach from './reach';

/** What the stats and trainings bundles pass to wxMain (scripts/build-functions.ts); client-written documents are
 * invisible to the statistics too (locked.ts). */
export const wxStatsStore = (wx: WxCloud): port.StatsStore => new WxStatsStore(serverOnly(wx.database()), wx);

export class WxStatsStore implements port.StatsStore {
  constructor(
    private readonly db: Database,
    private readonly cloud: Pick<WxCloud, 'uploadFile'>,
  ) {}

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
  listRules(townshipId: string): Promise<port.AssessmentRule[]> {
    return records.listRules(this.db, townshipId);
  }
  insertRule(rule: port.AssessmentRule): Promise<void> {
    return records.insertRule(this.db, rule);
  }
  saveActivity(activity: port.ActivityRecord): Promise<void> {
    return records.saveActivity(this.db, activity);
  }
  getActivity(townshipId: string, id: string): Promise<port.ActivityRecord | null> {
    return records.getActivity(this.db, townshipId, id);
  }
  listActivities(q: port.ActivityQuery): Promise<port.Page<port.ActivityRecord>> {
    return records.listActivities(this.db, q);
  }
  saveWorkTask(task: port.WorkTaskRecord): Promise<void> {
    return workPlan.saveWorkTask(this.db, task);
  }
  getWorkTask(townshipId: string, id: string): Promise<port.WorkTaskRecord | null> {
    return workPlan.getWorkTask(this.db, townshipId, id);
  }
  listWorkTasks(townshipId: string, year: number): Promise<port.WorkTaskRecord[]> {
    return workPlan.listWorkTasks(this.db, townshipId, year);
  }
  savePlatformMonths(records: port.PlatformMonthRecord[]): Promise<void> {
    return reach.savePlatformMonths(this.db, records);
  }
  listPlatformMonths(townshipId: string, month: string, unitId?: string): Promise<port.PlatformMonthRecord[]> {
    return reach.listPlatformMonths(this.db, townshipId, month, unitId);
  }
  existingAccounts(townshipId: string, ids: string[]): Promise<Set<string>> {
    return records.existingAccounts(this.db, townshipId, ids);
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
