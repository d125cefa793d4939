// The ports every feature shares (files, notifier, clock) and the Context that carries every port into a service.
// Each feature's own ports live beside it (leads/ports.ts, accounts/ports.ts, articles/ports.ts, stats/ports.ts,
// activities/ports.ts); adapters/local (SQLite, disk) and adapters/wx (cloud database, storage) implement them.
import type { AccountStore, Passwords, TownshipStore } from './accounts/ports';
import type { AccountRecord } from './accounts/records';
import type { ArticleStore } from './articles/ports';
import { AppError } from './errors';
import type { LeadStore } from './leads/ports';
import type { HistoryEntry, LeadRecord } from './leads/records';
import type { ExportJobStore, Jobs, RecordsStore, RuleStore, StatsQueries, StatsStore } from './stats/ports';
import type { ActivityStore } from './activities/ports';
import type { SummaryDraftStore } from './stats/summaryDocument';
import type { ModerationPort } from './moderation/ports';
import type { WorkPlanStore } from './workplan/ports';
import type { ReachStore } from './reach/ports';

/** The type of an admin's uploaded spreadsheet (an import); never a photo. */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The photo formats stored (DESIGN 4.2), and everything an upload may be. */
export type ImageMime = 'image/jpeg' | 'image/png' | 'image/webp';
export type UploadMime = ImageMime | typeof XLSX_MIME;

/** A cell of an uploaded spreadsheet as read: text, a number, or empty. */
export type SheetCell = string | number | null;

export interface FilePort {
  /** True when every fileID was uploaded by this account (an empty list is owned). */
  ownedBy(fileIDs: string[], account: AccountRecord): Promise<boolean>;
  /**
   * Where the app uploads this account's files itself (WeChat cloud storage, whose security rules can require the
   * openid in the path), or null when uploads go through the host's /api/files.
   */
  uploadFolder(account: AccountRecord): string | null;
  /** Short-lived signed URLs (DESIGN 4.2), keyed by fileID. */
  signedUrls(fileIDs: string[]): Promise<Map<string, string>>;
  /** Deletes stored files for good (retention, a person's erasure); a file already gone is not an error. */
  remove(fileIDs: string[]): Promise<void>;
  /**
   * The rows of the sheet named `sheet` (or the only one) of an .xlsx this account uploaded (an import), row 1 first;
   * null when no such upload of theirs exists. A file that is no readable .xlsx is INVALID_ARGUMENT.
   */
  readSheet(fileID: string, account: AccountRecord, sheet: string): Promise<SheetCell[][] | null>;
}

/**
 * Tells people what happened: WeChat subscription messages in production, nothing extra locally (the app derives
 * its in-app list from the leads themselves). Implementations record failures (a refused or expired subscription,
 * 43101) and never throw: a reporter who did not subscribe must not break an editor's decision.
 */
export interface Notifier {
  leadDecided(lead: LeadRecord, entry: HistoryEntry): Promise<void>;
  leadSubmitted(lead: LeadRecord): Promise<void>;
}

export const SILENT_NOTIFIER: Notifier = {
  leadDecided: async () => undefined,
  leadSubmitted: async () => undefined,
};

export interface Clock {
  now(): Date;
}

/**
 * What a service may touch, one narrow port per concern. The statistics ports are optional: the WeChat bundles of
 * accounts, leads and articles do not carry them (read them through `portOf`).
 */
export interface Context {
  leads: LeadStore;
  accounts: AccountStore;
  townships: TownshipStore;
  articles: ArticleStore;
  passwords: Passwords;
  files: FilePort;
  notifier: Notifier;
  /** Content checks (DESIGN 4.5): the township's keyword list locally, WeChat's content security in production. */
  moderation: ModerationPort;
  clock: Clock;
  newId(): string;
  statsQueries?: StatsQueries;
  rules?: RuleStore;
  activities?: ActivityStore;
  workPlan?: WorkPlanStore;
  reach?: ReachStore;
  exportJobs?: ExportJobStore;
  jobs?: Jobs;
  /** Saved summary documents (DESIGN 4.5), given with the statistics. */
  summaryDrafts?: SummaryDraftStore;
}

/** A statistics port, or a clear INTERNAL error where this deployment has none (instead of reading undefined). */
export function portOf<T>(port: T | undefined): T {
  if (!port) throw new AppError('INTERNAL', '统计服务未配置，请联系管理员');
  return port;
}

/** What an adapter's record store implements in one class; `wireContext` hands it out as the narrow ports. */
export type Store = LeadStore & AccountStore & TownshipStore & ArticleStore;

/** The ports an adapter hands over as the Context holds them. */
type DirectPorts = Pick<Context, 'passwords' | 'files' | 'notifier' | 'moderation' | 'clock' | 'newId'>;

export interface ContextParts extends DirectPorts {
  store: Store;
  stats?: StatsStore;
  /** The desk's records alone, for a deployment without the statistics (WeChat's record-keeping functions). */
  records?: RecordsStore;
  /** Where export jobs run; given with `stats`. */
  jobs?: Jobs;
}

/** The one place where an adapter's objects become the Context's ports (local host, WeChat entry, tests). */
export function wireContext({ store, stats, records = stats, jobs, ...rest }: ContextParts): Context {
  return {
    ...rest,
    leads: store,
    accounts: store,
    townships: store,
    articles: store,
    ...(records ? { rules: records, activities: records, workPlan: records, reach: records } : {}),
    ...(stats ? { statsQueries: stats, exportJobs: stats, summaryDrafts: stats } : {}),
    ...(jobs ? { jobs } : {}),
  };
}

/** Who is calling: an account (token or bound openid), or a WeChat user not yet bound. */
export interface Identity {
  account: AccountRecord | null;
  openid: string | null;
}
