// The stats port on the WeChat cloud database: figures, rankings, explanations, alerts and highlights as aggregation
// pipelines; rules, activities and export jobs as documents; exports built in the call and put in cloud storage.
import type { Page } from '../../../core/cursor';
import { serverOnly } from '../locked';
import type { HighlightSection, SummaryFigures } from '../../../core/stats/figures';
import type {
  AlertsQuery,
  ExplainQuery,
  ExportContent,
  HighlightsQuery,
  PeriodQuery,
  RankingQuery,
  StatsStore,
} from '../../../core/stats/ports';
import type { ExportJobRecord } from '../../../core/stats/records';
import type { ActivityQuery } from '../../../core/activities/ports';
import type { Alerts, ExplainItem, RankingRow } from '../../../core/stats/ranking';
import type { AssessmentRule } from '../../../core/stats/rule';
import type { ActivityRecord } from '../../../core/activities/records';
import type { WorkTaskRecord } from '../../../core/workplan/records';
import type { PlatformMonthRecord } from '../../../core/reach/records';
import type { Database, WxCloud } from '../sdk';
import { alerts } from './alerts';
import { explain } from './explain';
import { writeExport } from './exportFile';
import { summaryFigures } from './figures';
import { highlights } from './highlights';
import { ranking } from './ranking';
import type { SummaryDraftRecord } from '../../../core/stats/summaryDocument';
import * as drafts from './drafts';
import * as records from './records';
import * as workPlan from './workPlan';
import * as reach from './reach';

/** What the stats and trainings bundles pass to wxMain (scripts/build-functions.ts); client-written documents are
 * invisible to the statistics too (locked.ts). */
export const wxStatsStore = (wx: WxCloud): StatsStore => new WxStatsStore(serverOnly(wx.database()), wx);

export class WxStatsStore implements StatsStore {
  constructor(
    private readonly db: Database,
    private readonly cloud: Pick<WxCloud, 'uploadFile'>,
  ) {}

  summaryFigures(q: PeriodQuery): Promise<SummaryFigures> {
    return summaryFigures(this.db, q);
  }
  highlights(q: HighlightsQuery): Promise<HighlightSection[]> {
    return highlights(this.db, q);
  }
  ranking(q: RankingQuery): Promise<Page<RankingRow>> {
    return ranking(this.db, q);
  }
  explain(q: ExplainQuery): Promise<{ total: number; page: Page<ExplainItem> }> {
    return explain(this.db, q);
  }
  alerts(q: AlertsQuery): Promise<Alerts> {
    return alerts(this.db, q);
  }
  getSummaryDraft(townshipId: string, from: string, to: string): Promise<SummaryDraftRecord | null> {
    return drafts.getSummaryDraft(this.db, townshipId, from, to);
  }
  saveSummaryDraft(draft: SummaryDraftRecord, expectedSavedAt: string | null | undefined): Promise<boolean> {
    return drafts.saveSummaryDraft(this.db, draft, expectedSavedAt);
  }
  listRules(townshipId: string): Promise<AssessmentRule[]> {
    return records.listRules(this.db, townshipId);
  }
  insertRule(rule: AssessmentRule): Promise<void> {
    return records.insertRule(this.db, rule);
  }
  saveActivity(activity: ActivityRecord): Promise<void> {
    return records.saveActivity(this.db, activity);
  }
  getActivity(townshipId: string, id: string): Promise<ActivityRecord | null> {
    return records.getActivity(this.db, townshipId, id);
  }
  listActivities(q: ActivityQuery): Promise<Page<ActivityRecord>> {
    return records.listActivities(this.db, q);
  }
  saveWorkTask(task: WorkTaskRecord): Promise<void> {
    return workPlan.saveWorkTask(this.db, task);
  }
  getWorkTask(townshipId: string, id: string): Promise<WorkTaskRecord | null> {
    return workPlan.getWorkTask(this.db, townshipId, id);
  }
  listWorkTasks(townshipId: string, year: number): Promise<WorkTaskRecord[]> {
    return workPlan.listWorkTasks(this.db, townshipId, year);
  }
  savePlatformMonths(records: PlatformMonthRecord[]): Promise<void> {
    return reach.savePlatformMonths(this.db, records);
  }
  listPlatformMonths(townshipId: string, month: string, unitId?: string): Promise<PlatformMonthRecord[]> {
    return reach.listPlatformMonths(this.db, townshipId, month, unitId);
  }
  existingAccounts(townshipId: string, ids: string[]): Promise<Set<string>> {
    return records.existingAccounts(this.db, townshipId, ids);
  }
  findExportJob(townshipId: string, key: string, notBefore: string): Promise<ExportJobRecord | null> {
    return records.findExportJob(this.db, townshipId, key, notBefore);
  }

  insertExportJob(job: ExportJobRecord): Promise<void> {
    return records.insertExportJob(this.db, job);
  }
  updateExportJob(job: ExportJobRecord): Promise<void> {
    return records.updateExportJob(this.db, job);
  }
  getExportJob(townshipId: string, id: string): Promise<ExportJobRecord | null> {
    return records.getExportJob(this.db, townshipId, id);
  }

  writeExport(job: ExportJobRecord, content: ExportContent, onProgress: (f: number) => void): Promise<{ fileID: string; fileName: string }> {
    return writeExport(this.cloud, this.db, job, content, onProgress);
  }
}
