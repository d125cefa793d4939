// Ports the domain talks to; adapters/local (SQLite, disk) and adapters/wx (cloud database, storage) implement them.
import type { AccountRecord, InviteRecord, TownshipRecord, UnitRecord } from './accounts/records';
import type { ArticleSummary } from './articles/records';
import type { HistoryEntry, LeadRecord } from './leads/records';
import type { ArticleStore } from './articles/ports';
import type { StatsStore } from './stats/ports';
import type { LeadCounts } from './leads/views';
import type { AccountQuery } from './accounts/ports';
import type { Page } from './cursor';
import type { LeadEvent } from './leads/records';
import type { LeadFilter, LeadQuery } from './leads/ports';

export interface Store extends ArticleStore {
  getTownship(id: string): Promise<TownshipRecord | null>;
  /** Rewrites the township's settings (categories, agingHours, highlightSections); its name and time zone stay. */
  updateTownship(township: TownshipRecord): Promise<void>;
  listUnits(townshipId: string): Promise<UnitRecord[]>;

  getAccount(id: string): Promise<AccountRecord | null>;
  getAccountByOpenid(openid: string): Promise<AccountRecord | null>;
  accountNames(ids: string[]): Promise<Map<string, string>>;
  listAccounts(query: AccountQuery): Promise<Page<AccountRecord>>;
  insertAccount(account: AccountRecord): Promise<void>;
  /** Rewrites an existing account (admin edits); never deletes one. */
  updateAccount(account: AccountRecord): Promise<void>;
  findAccountByUsername(username: string): Promise<AccountRecord | null>;
  /** Hashing is the adapter's business (local: scrypt); the core never sees a stored hash's format. */
  hashPassword(password: string): Promise<string>;
  /** Inserts or rewrites a unit of the township. */
  saveUnit(unit: UnitRecord): Promise<void>;

  insertInvite(invite: InviteRecord): Promise<void>;
  getInvite(code: string): Promise<InviteRecord | null>;
  /** Atomically takes one use of an invite; false when none is left. */
  consumeInvite(code: string): Promise<boolean>;

  /** Inserts unless a lead with the same clientId exists; then returns that one untouched. */
  insertLead(lead: LeadRecord): Promise<{ lead: LeadRecord; created: boolean }>;
  getLead(townshipId: string, id: string): Promise<LeadRecord | null>;
  /** Leads of the township by id (missing ones are left out), in no particular order. */
  getLeads(townshipId: string, ids: string[]): Promise<LeadRecord[]>;
  /**
   * Writes the lead only if its stored version is still `expectedVersion`; stores version + 1 and appends `event`
   * to the lead's audit log in the same step.
   */
  saveLead(lead: LeadRecord, expectedVersion: number, event: LeadEvent): Promise<boolean>;
  listLeads(query: LeadQuery): Promise<Page<LeadRecord>>;
  countLeads(filter: LeadFilter): Promise<LeadCounts>;
  /** The audit log of one lead, oldest first (the submission is its first line). */
  leadEvents(townshipId: string, leadId: string): Promise<LeadEvent[]>;
  articlesForLeads(townshipId: string, leadIds: string[]): Promise<Map<string, ArticleSummary[]>>;
}

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

export interface Context {
  store: Store;
  files: FilePort;
  notifier: Notifier;
  /** Statistics in the database (SQL locally); absent where not yet available (the WeChat adapter). */
  stats?: StatsStore;
  clock: Clock;
  newId(): string;
}

/** Who is calling: an account (token or bound openid), or a WeChat user not yet bound. */
export interface Identity {
  account: AccountRecord | null;
  openid: string | null;
}
