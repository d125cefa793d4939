// Articles and their publications as the store keeps them, and the summaries a lead shows of them.
import type { ArticleKind, PublicationLevel } from '../vocabulary';
import type { Moderation } from '../moderation/verdicts';

export interface PublicationSummary {
  outlet: string;
  level: PublicationLevel;
  publishedAt: string;
  url: string | null;
}

export interface ArticleSummary {
  id: string;
  title: string;
  kind: ArticleKind;
  status: 'draft' | 'published';
  publications: PublicationSummary[];
}

export interface ArticleRecord {
  id: string;
  townshipId: string;
  title: string;
  kind: ArticleKind;
  /** Plain text exactly as the editor wrote it. */
  body: string;
  status: 'draft' | 'published';
  photos: string[];
  /** Credited reporters' account ids, in credit order. */
  credits: string[];
  /** The leads the article was written from, in the order given. */
  leadIds: string[];
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  /** Optimistic concurrency, as for leads. */
  version: number;
  /** The check of title and body at the last create or save that changed them; absent before checks existed. */
  moderation?: Moderation;
}

export interface PublicationRecord {
  id: string;
  articleId: string;
  townshipId: string;
  outlet: string;
  level: PublicationLevel;
  /** YYYY-MM-DD in the township's time zone. */
  publishedAt: string;
  url: string | null;
  proofFileID: string | null;
  createdBy: string;
  createdAt: string;
}
