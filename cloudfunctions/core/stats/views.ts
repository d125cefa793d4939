// What the stats function answers beside its figures: export progress and the rule's versions.
import type { AssessmentRule } from './rule';

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
