// The statistics port: aggregates computed where the records live (SQL locally, aggregation pipelines in the cloud),
// never by loading every record. Adapters: adapters/local/stats (SQLite) and adapters/wx/stats (cloud database).
import type { CursorKey, Page } from '../cursor';
import type { HighlightSection, SummaryFigures } from './figures';
import type { Alerts, ExplainItem, RankBy, RankingRow } from './ranking';
import type { AssessmentRule } from './rule';
import type { ActivityStore } from '../activities/ports';
import type { WorkPlanStore } from '../workplan/ports';
import type { ReachStore } from '../reach/ports';
import type { PlatformMonthRecord } from '../reach/records';
import type { ExportJobRecord } from './records';
import type { ActivityRecord } from '../activities/records';
import type { WorkTaskRecord } from '../workplan/records';
import type { SummaryDocument, SummaryDraftStore } from './summaryDocument';
import type { UnitRecord } from '../accounts/records';

/** A township and a period of calendar dates (Asia/Shanghai, both inclusive). */
export interface PeriodQuery {
  townshipId: string;
  from: string;
  to: string;
}

/** Scoring needs every rule version: each event is scored by the version in effect on its own date. */
export interface ScoredQuery extends PeriodQuery {
  rules: AssessmentRule[];
}

/** A row's place in the ranking: the `after` of the page that follows it. */
export const rankingCursorKey = (r: RankingRow): CursorKey => [r.points, r.name, r.id];

export interface RankingQuery extends ScoredQuery {
  by: RankBy;
  /** [points, name, id] of the last row of the previous page. */
  after?: CursorKey;
  limit: number;
}

export interface ExplainQuery extends ScoredQuery {
  accountId?: string;
  unitId?: string;
  /** [date, kind, id] of the last item of the previous page (items go oldest first). */
  after?: CursorKey;
  limit: number;
}

export interface AlertsQuery extends ScoredQuery {
  silentDays: number;
  /** Today (YYYY-MM-DD, Asia/Shanghai): silence is measured up to min(to, today); only complete months are judged. */
  today: string;
}

export interface HighlightsQuery extends PeriodQuery {
  /** The township's summary sections in order; highlights filed under other names follow them. */
  sections: string[];
  /** At most this many stories per section (the summary names a few, not all). */
  perSection: number;
}

/** What an export file states; the xlsx ledgers are read page by page by the adapter itself. */
export interface ExportContent {
  title: string;
  townshipName: string;
  from: string;
  to: string;
  figures: SummaryFigures;
  /** The saved summary document of the period, or a fresh draft (docx). */
  document: SummaryDocument;
  highlights: HighlightSection[];
  rules: AssessmentRule[];
  /** The township's units with their platforms: a ledger sheet of their own. */
  units: UnitRecord[];
  /** Every activity of the period, of every kind (宣传活动 sheet; those of kind 业务培训 also the 培训台账). */
  activities: ActivityRecord[];
  /** The key tasks of the years the period touches, as the summary's workPlan counts them (工作要点 sheet). */
  workTasks: WorkTaskRecord[];
  /** The monthly figures of the units' accounts in the months the period touches (the 新媒体 sheet). */
  platformMonths: PlatformMonthRecord[];
}

/** `ctx.statsQueries`: the figures, rankings and alerts of a period, aggregated where the records live. */
export interface StatsQueries {
  summaryFigures(q: PeriodQuery): Promise<SummaryFigures>;
  highlights(q: HighlightsQuery): Promise<HighlightSection[]>;
  ranking(q: RankingQuery): Promise<Page<RankingRow>>;
  /** The total points of one reporter or unit (equal to its ranking row) and one page of the events behind it. */
  explain(q: ExplainQuery): Promise<{ total: number; page: Page<ExplainItem> }>;
  alerts(q: AlertsQuery): Promise<Alerts>;
}

/** `ctx.rules`: the assessment method's saved versions. */
export interface RuleStore {
  listRules(townshipId: string): Promise<AssessmentRule[]>;
  insertRule(rule: AssessmentRule): Promise<void>;
}

/** `ctx.exportJobs`: export jobs and the files they write. */
export interface ExportJobStore {
  insertExportJob(job: ExportJobRecord): Promise<void>;
  /** A running job, or a done one newer than `notBefore`, with this key. */
  findExportJob(townshipId: string, key: string, notBefore: string): Promise<ExportJobRecord | null>;
  getExportJob(townshipId: string, id: string): Promise<ExportJobRecord | null>;
  updateExportJob(job: ExportJobRecord): Promise<void>;
  /** Builds the file (docx or xlsx), stores it where signed URLs serve it, and returns its fileID and name. */
  writeExport(
    job: ExportJobRecord,
    content: ExportContent,
    onProgress: (fraction: number) => void,
  ): Promise<{ fileID: string; fileName: string }>;
}

/** How a job's work ended for the call that started it (see Jobs.start). */
export type JobOutcome = 'finished' | 'running' | 'abandoned';

/**
 * `ctx.jobs`: where long work (an export) runs. Locally it runs in this process and outlives the call that started
 * it; WeChat freezes a function once it has answered, so there it runs within the call, up to the call's time limit.
 * The core holds no process state of its own: which jobs are alive is the runner's knowledge.
 */
export interface Jobs {
  /**
   * Runs `work` for job `id` and resolves once it has finished (`finished`) or after `waitMs` while it goes on in
   * the background (`running`), or when it ran past what the platform allows and nobody will finish it (`abandoned`).
   */
  start(id: string, work: () => Promise<void>, waitMs: number): Promise<JobOutcome>;
  /** Waits up to `waitMs` for a job this runner is working on; returns at once for any other. */
  wait(id: string, waitMs: number): Promise<void>;
  /** Whether a job whose record still says `running` is being worked on; false: it died with its process or call. */
  alive(job: { id: string; updatedAt: string }): boolean;
}

/** Every type a StatsStore's methods name, so an adapter imports what it implements from this one module. */
export type { Page } from '../cursor';
export type { HighlightSection, SummaryFigures } from './figures';
export type { Alerts, ExplainItem, RankingRow } from './ranking';
export type { AssessmentRule } from './rule';
export type { ExportJobRecord } from './records';
export type { ActivityQuery } from '../activities/ports';
export type { ActivityRecord } from '../activities/records';
export type { WorkTaskRecord } from '../workplan/records';
export type { PlatformMonthRecord } from '../reach/records';
export type { SummaryDraftRecord } from './summaryDocument';

/** The desk's own records (rules, activities, work plan, reach): what the record-keeping functions need alone. */
export type RecordsStore = RuleStore & ActivityStore & WorkPlanStore & ReachStore;

/** What one statistics adapter implements in one class (the wiring hands it out as the ports above). */
export type StatsStore = StatsQueries & RecordsStore & ExportJobStore & SummaryDraftStore;
