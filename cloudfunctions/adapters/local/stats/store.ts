// The stats port on better-sqlite3: every figure is an SQL aggregate over the main adapter's tables and ours.
import fs from 'node:fs';
import type * as port from '../../../core/stats/ports';
import type { Db } from '../db';
import { summaryDocx } from '../../../shared/exports/docx';
import { pendingExport } from '../exports/exportFiles';
import { writeLedgerFile } from '../exports/xlsx';
import { alerts } from './alertsSql';
import * as drafts from './draftsSql';
import { summaryFigures } from './figuresSql';
import { highlights } from './highlightsSql';
import { explain, ranking } from './scoringSql';
import * as activities from './activitiesSql';
import * as records from './recordsSql';
import * as workPlan from './workPlanSql';
import * as reach from './reachSql';

export class LocalStatsStore implements port.StatsStore {
  constructor(readonly db: Db) {}

  async summaryFigures(q: port.PeriodQuery): Promise<port.SummaryFigures> {
    // One read transaction: the figures describe one moment even while reporters keep submitting.
    return this.db.transaction(() => summaryFigures(this.db, q))();
  }
  async highlights(q: port.HighlightsQuery): Promise<port.HighlightSection[]> {
    return highlights(this.db, q);
  }
  async ranking(q: port.RankingQuery): Promise<port.Page<port.RankingRow>> {
    return ranking(this.db, q);
  }
  async explain(q: port.ExplainQuery): Promise<{ total: number; page: port.Page<port.ExplainItem> }> {
    return this.db.transaction(() => explain(this.db, q))();
  }
  async alerts(q: port.AlertsQuery): Promise<port.Alerts> {
    return alerts(this.db, q);
  }
  async listRules(townshipId: string): Promise<port.AssessmentRule[]> {
    return records.listRules(this.db, townshipId);
  }
  async insertRule(rule: port.AssessmentRule): Promise<void> {
    records.insertRule(this.db, rule);
  }
  async saveActivity(activity: port.ActivityRecord): Promise<void> {
    activities.saveActivity(this.db, activity);
  }
  async getActivity(townshipId: string, id: string): Promise<port.ActivityRecord | null> {
    return activities.getActivity(this.db, townshipId, id);
  }
  async listActivities(q: port.ActivityQuery): Promise<port.Page<port.ActivityRecord>> {
    return activities.listActivities(this.db, q);
  }
  async saveWorkTask(task: port.WorkTaskRecord): Promise<void> {
    workPlan.saveWorkTask(this.db, task);
  }
  async getWorkTask(townshipId: string, id: string): Promise<port.WorkTaskRecord | null> {
    return workPlan.getWorkTask(this.db, townshipId, id);
  }
  async listWorkTasks(townshipId: string, year: number): Promise<port.WorkTaskRecord[]> {
    return workPlan.listWorkTasks(this.db, townshipId, year);
  }
  async savePlatformMonths(records: port.PlatformMonthRecord[]): Promise<void> {
    reach.savePlatformMonths(this.db, records);
  }
  async listPlatformMonths(townshipId: string, month: string, unitId?: string): Promise<port.PlatformMonthRecord[]> {
    return reach.listPlatformMonths(this.db, townshipId, month, unitId);
  }
  async existingAccounts(townshipId: string, ids: string[]): Promise<Set<string>> {
    return records.existingAccounts(this.db, townshipId, ids);
  }
  async insertExportJob(job: port.ExportJobRecord): Promise<void> {
    records.insertExportJob(this.db, job);
  }
  async findExportJob(townshipId: string, key: string, notBefore: string): Promise<port.ExportJobRecord | null> {
    return records.findExportJob(this.db, townshipId, key, notBefore);
  }
  async getExportJob(townshipId: string, id: string): Promise<port.ExportJobRecord | null> {
    return records.getExportJob(this.db, townshipId, id);
  }
  async updateExportJob(job: port.ExportJobRecord): Promise<void> {
    records.updateExportJob(this.db, job);
  }

  async getSummaryDraft(townshipId: string, from: string, to: string): Promise<port.SummaryDraftRecord | null> {
    return drafts.getSummaryDraft(this.db, townshipId, from, to);
  }
  async saveSummaryDraft(draft: port.SummaryDraftRecord, expectedSavedAt: string | null | undefined): Promise<boolean> {
    return drafts.saveSummaryDraft(this.db, draft, expectedSavedAt);
  }

  async writeExport(
    job: port.ExportJobRecord,
    content: port.ExportContent,
    onProgress: (f: number) => void,
  ): Promise<{ fileID: string; fileName: string }> {
    const fileName = `${content.title}.${job.format}`;
    const file = pendingExport(
      this.db,
      { id: job.requestedBy, townshipId: job.townshipId },
      job.format,
      new Date(),
      fileName,
    );
    try {
      if (job.format === 'docx') fs.writeFileSync(file.tempPath, await summaryDocx(content), { mode: 0o600 });
      else await writeLedgerFile(this.db, content, job.townshipId, file.tempPath, onProgress);
      file.commit();
    } catch (err) {
      file.discard();
      throw err;
    }
    return { fileID: file.fileID, fileName };
  }
}
