// The stats port on the WeChat cloud database: figures, rankings, explanations, alerts and highlights as aggregation
// pipelines; rules, trainings and export jobs as documents; exports built in the call and put in cloud storage.
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
import type { TrainingQuery } from '../../../core/trainings/ports';
import type { Alerts, ExplainItem, RankingRow } from '../../../core/stats/ranking';
import type { AssessmentRule } from '../../../core/stats/rule';
import type { TrainingRecord } from '../../../core/trainings/records';
import type { Database, WxCloud } from '../sdk';
import { alerts } from './alerts';
import { explain } from './explain';
import { writeExport } from './exportFile';
import { summaryFigures } from './figures';
import { highlights } from './highlights';
import { ranking } from './ranking';
import * as records from './records';

/**
 * How long reading a job this call is still building waits for it. WeChat freezes a function once it has answered,
 * so an export answered "running" would never finish: the call holds its answer until the file is written instead.
 * The stats function's timeout (config.json, at most 60 s) must exceed this.
 */
export const EXPORT_BUDGET_MS = 50_000;
export const EXPORT_TOO_LONG = '导出数据量过大，超出云函数时限，请缩短统计区间后重试';

/** What the stats and trainings bundles pass to wxMain (scripts/build-functions.ts). */
export const wxStatsStore = (wx: WxCloud): StatsStore => new WxStatsStore(wx.database(), wx);

export class WxStatsStore implements StatsStore {
  /** Jobs started in this call, each settled once its record leaves `running`. */
  private readonly building = new Map<string, { done: Promise<void>; settle: () => void }>();

  constructor(
    private readonly db: Database,
    private readonly cloud: Pick<WxCloud, 'uploadFile'>,
    private readonly budgetMs = EXPORT_BUDGET_MS,
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
  listRules(townshipId: string): Promise<AssessmentRule[]> {
    return records.listRules(this.db, townshipId);
  }
  insertRule(rule: AssessmentRule): Promise<void> {
    return records.insertRule(this.db, rule);
  }
  saveTraining(training: TrainingRecord): Promise<void> {
    return records.saveTraining(this.db, training);
  }
  getTraining(townshipId: string, id: string): Promise<TrainingRecord | null> {
    return records.getTraining(this.db, townshipId, id);
  }
  listTrainings(q: TrainingQuery): Promise<Page<TrainingRecord>> {
    return records.listTrainings(this.db, q);
  }
  existingAccounts(townshipId: string, ids: string[]): Promise<Set<string>> {
    return records.existingAccounts(this.db, townshipId, ids);
  }
  findExportJob(townshipId: string, key: string, notBefore: string): Promise<ExportJobRecord | null> {
    return records.findExportJob(this.db, townshipId, key, notBefore);
  }

  async insertExportJob(job: ExportJobRecord): Promise<void> {
    await records.insertExportJob(this.db, job);
    let settle = () => undefined as void;
    const done = new Promise<void>((resolve) => (settle = resolve));
    this.building.set(job.id, { done, settle });
  }

  async updateExportJob(job: ExportJobRecord): Promise<void> {
    await records.updateExportJob(this.db, job);
    if (job.status !== 'running') {
      this.building.get(job.id)?.settle();
      this.building.delete(job.id);
    }
  }

  async getExportJob(townshipId: string, id: string): Promise<ExportJobRecord | null> {
    const building = this.building.get(id);
    if (building) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = await Promise.race([
        building.done.then(() => false),
        new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), this.budgetMs))),
      ]);
      clearTimeout(timer);
      const job = late ? await records.getExportJob(this.db, townshipId, id) : null;
      if (job?.status === 'running') await this.updateExportJob({ ...job, status: 'failed', error: EXPORT_TOO_LONG, updatedAt: new Date().toISOString() });
    }
    return records.getExportJob(this.db, townshipId, id);
  }

  writeExport(job: ExportJobRecord, content: ExportContent, onProgress: (f: number) => void): Promise<{ fileID: string; fileName: string }> {
    return writeExport(this.cloud, this.db, job, content, onProgress);
  }
}
