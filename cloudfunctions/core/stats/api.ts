// The stats and trainings functions in the typed client map (the lead merges StatsApi into core/api.ts).
import type { PageView } from '../views';
import type { Alerts, ExplainResult, RankingRow } from './ranking';
import type { AssessmentRule, SaveRuleInput } from './rule';
import type { SummaryResult } from './figures';
import type { AlertsInput, ExplainInput, ExportInput, ExportStatusInput, PeriodInput, RankingInput } from './schemas';
import type { ListTrainingsInput, SaveTrainingInput, TrainingView } from './trainings';

/**
 * An export in progress or done. A call answers within a few seconds: `done` with the file, or `running` with a
 * `jobId` to poll through stats.exportStatus until `done` (a failed job answers INTERNAL with a Chinese message).
 */
export interface ExportResult {
  jobId: string;
  status: 'running' | 'done';
  /** 0–1. */
  progress: number;
  fileID?: string;
  /** Signed, short-lived (DESIGN 4.2): root-relative locally, https in the cloud. */
  url?: string;
  /** File name to offer when saving, e.g. 2026年宣传工作统计.docx. */
  fileName?: string;
}

export interface RulesResult {
  /** Every version in force order; the first is the built-in default unless a saved version replaces it. */
  versions: AssessmentRule[];
  /** The version in effect today. */
  current: AssessmentRule;
}

export interface StatsApi {
  stats: {
    summary: { payload: PeriodInput; result: SummaryResult };
    ranking: { payload: RankingInput; result: PageView<RankingRow> };
    explain: { payload: ExplainInput; result: ExplainResult };
    alerts: { payload: AlertsInput; result: Alerts };
    rules: { payload: Record<string, never>; result: RulesResult };
    /** Admin only. */
    saveRule: { payload: SaveRuleInput; result: RulesResult };
    export: { payload: ExportInput; result: ExportResult };
    exportStatus: { payload: ExportStatusInput; result: ExportResult };
  };
  trainings: {
    save: { payload: SaveTrainingInput; result: TrainingView };
    list: { payload: ListTrainingsInput; result: PageView<TrainingView> };
  };
}
