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
import * as records from './recordsSql';

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
  async saveTraining(training: port.TrainingRecord): Promise<void> {
    records.saveTraining(this.db, training);
  }
  async getTraining(townshipId: string, id: string): Promise<port.TrainingRecord | null> {
    return records.getTraining(this.db, townshipId, id);
  }
  async listTrainings(q: port.TrainingQuery): Promise<port.Page<port.TrainingRecord>> {
    return records.listTrainings(this.db, q);
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
