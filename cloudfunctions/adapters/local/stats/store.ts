// The stats port on better-sqlite3: every figure is an SQL aggregate over the main adapter's tables and ours.
import fs from 'node:fs';
import type { Page } from '../../../core/cursor';
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
import type { Db } from '../db';
import { summaryDocx } from '../../../shared/exports/docx';
import { pendingExport } from '../exports/exportFiles';
import { writeLedgers } from '../exports/xlsx';
import type { SummaryDraftRecord } from '../../../core/stats/summaryDocument';
import { alerts } from './alertsSql';
import * as drafts from './draftsSql';
import { summaryFigures } from './figuresSql';
import { highlights } from './highlightsSql';
import { explain, ranking } from './scoringSql';
import * as activities from './activitiesSql';
import * as records from './recordsSql';
import * as workPlan from './workPlanSql';
import * as reach from './reachSql';

export class LocalStatsStore implements StatsStore {
  constructor(readonly db: Db) {}

  async summaryFigures(q: PeriodQuery): Promise<SummaryFigures> {
    // One read transaction: the figures describe one moment even while reporters keep submitting.
    return this.db.transaction(() => summaryFigures(this.db, q))();
  }
  async highlights(q: HighlightsQuery): Promise<HighlightSection[]> {
    return highlights(this.db, q);
  }
  async ranking(q: RankingQuery): Promise<Page<RankingRow>> {
    return ranking(this.db, q);
  }
  async explain(q: ExplainQuery): Promise<{ total: number; page: Page<ExplainItem> }> {
    return this.db.transaction(() => explain(this.db, q))();
  }
  async alerts(q: AlertsQuery): Promise<Alerts> {
    return alerts(this.db, q);
  }
  async listRules(townshipId: string): Promise<AssessmentRule[]> {
    return records.listRules(this.db, townshipId);
  }
  async insertRule(rule: AssessmentRule): Promise<void> {
    records.insertRule(this.db, rule);
  }
  async saveActivity(activity: ActivityRecord): Promise<void> {
    activities.saveActivity(this.db, activity);
  }
  async getActivity(townshipId: string, id: string): Promise<ActivityRecord | null> {
    return activities.getActivity(this.db, townshipId, id);
  }
  async listActivities(q: ActivityQuery): Promise<Page<ActivityRecord>> {
    return activities.listActivities(this.db, q);
  }
  async saveWorkTask(task: WorkTaskRecord): Promise<void> {
    workPlan.saveWorkTask(this.db, task);
  }
  async getWorkTask(townshipId: string, id: string): Promise<WorkTaskRecord | null> {
    return workPlan.getWorkTask(this.db, townshipId, id);
  }
  async listWorkTasks(townshipId: string, year: number): Promise<WorkTaskRecord[]> {
    return workPlan.listWorkTasks(this.db, townshipId, year);
  }
  async savePlatformMonths(records: PlatformMonthRecord[]): Promise<void> {
    reach.savePlatformMonths(this.db, records);
  }
  async listPlatformMonths(townshipId: string, month: string, unitId?: string): Promise<PlatformMonthRecord[]> {
    return reach.listPlatformMonths(this.db, townshipId, month, unitId);
  }
  async existingAccounts(townshipId: string, ids: string[]): Promise<Set<string>> {
    return records.existingAccounts(this.db, townshipId, ids);
  }
  async insertExportJob(job: ExportJobRecord): Promise<void> {
    records.insertExportJob(this.db, job);
  }
  async findExportJob(townshipId: string, key: string, notBefore: string): Promise<ExportJobRecord | null> {
    return records.findExportJob(this.db, townshipId, key, notBefore);
  }
  async getExportJob(townshipId: string, id: string): Promise<ExportJobRecord | null> {
    return records.getExportJob(this.db, townshipId, id);
  }
  async updateExportJob(job: ExportJobRecord): Promise<void> {
    records.updateExportJob(this.db, job);
  }

  async getSummaryDraft(townshipId: string, from: string, to: string): Promise<SummaryDraftRecord | null> {
    return drafts.getSummaryDraft(this.db, townshipId, from, to);
  }
  async saveSummaryDraft(draft: SummaryDraftRecord, expectedSavedAt: string | null | undefined): Promise<boolean> {
    return drafts.saveSummaryDraft(this.db, draft, expectedSavedAt);
  }

  async writeExport(job: ExportJobRecord, content: ExportContent, onProgress: (f: number) => void): Promise<{ fileID: string; fileName: string }> {
    const fileName = `${content.title}.${job.format}`;
    const file = pendingExport(this.db, { id: job.requestedBy, townshipId: job.townshipId }, job.format, new Date(), fileName);
    try {
      if (job.format === 'docx') fs.writeFileSync(file.tempPath, await summaryDocx(content), { mode: 0o600 });
      else await writeLedgers(this.db, content, job.townshipId, file.tempPath, onProgress);
      file.commit();
    } catch (err) {
      file.discard();
      throw err;
    }
    return { fileID: file.fileID, fileName };
  }
}
