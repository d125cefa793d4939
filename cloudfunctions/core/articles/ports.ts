// The store's article half: articles, the leads they cite, and their publications.
import type { CursorKey, Page } from '../cursor';
import type { LeadEvent, LeadRecord } from '../leads/records';
import type { ArticleRecord, PublicationRecord } from './records';
import type { ArticleKind } from '../vocabulary';
import type { ArticleStatus } from './schemas';

/** An accepted or used lead moved to `used` by an article, compare-and-set on the version read. */
export interface LeadCitation {
  lead: LeadRecord;
  expectedVersion: number;
  event: LeadEvent;
}

/** An article's place in the newest-first list: the `after` of the page that follows it. */
export const articleCursorKey = (a: ArticleRecord): CursorKey => [a.createdAt, a.id];

/** Newest first (key [createdAt, id]). */
export interface ArticleQuery {
  townshipId: string;
  status?: ArticleStatus;
  kind?: ArticleKind;
  /** Words in the title or body (case-insensitive, literal). */
  text?: string;
  /** Drafts citing a highlight lead created before this instant (ISO). */
  highlightLeadCreatedBefore?: string;
  after?: CursorKey;
  limit: number;
}

export interface ArticleStore {
  /**
   * Stores the article and cites its leads. The local store does both in one transaction and writes nothing when a
   * citation's version is stale (false); the cloud store has no multi-document transactions and may leave an
   * already cited lead `used` (a state it could only reach anyway) before answering false.
   */
  insertArticle(article: ArticleRecord, citations: LeadCitation[]): Promise<boolean>;
  getArticle(townshipId: string, id: string): Promise<ArticleRecord | null>;
  /** Compare-and-set on `version`, like saveLead. */
  saveArticle(article: ArticleRecord, expectedVersion: number): Promise<boolean>;
  listArticles(query: ArticleQuery): Promise<Page<ArticleRecord>>;
  /** Every article crediting the account, newest first (a person's export; a few hundred at most). */
  creditsOf(townshipId: string, accountId: string): Promise<ArticleRecord[]>;
  /** Publications of these articles, oldest `publishedAt` first. */
  publicationsOf(townshipId: string, articleIds: string[]): Promise<PublicationRecord[]>;
  /**
   * Saves the article (its new status) if still at `expectedVersion`, and with it adds `publication`, replacing the
   * one with the same id when it exists.
   */
  savePublication(article: ArticleRecord, expectedVersion: number, publication: PublicationRecord): Promise<boolean>;
  /** Saves the article if still at `expectedVersion` and removes one of its publications. */
  removePublication(article: ArticleRecord, expectedVersion: number, publicationId: string): Promise<boolean>;
}
