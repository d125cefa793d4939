// Records as the store keeps them; every record carries its township and no query crosses townships.
import type { ArticleKind, Decision, LeadStatus, PlatformKind, PublicationLevel, Role, UnitKind } from '../vocabulary';

export interface AgingHours {
  /** A pending lead older than this many hours shows amber in the queue… */
  amber: number;
  /** …and red past this many. */
  red: number;
}

export interface TownshipRecord {
  id: string;
  name: string;
  categories: string[];
  timezone: string;
  agingHours: AgingHours;
  /** Sections of the township's summary a highlight lead may be filed under. */
  highlightSections: string[];
}

export interface UnitRecord {
  id: string;
  townshipId: string;
  name: string;
  kind: UnitKind;
  platforms: PlatformKind[];
}

export interface AccountRecord {
  id: string;
  townshipId: string;
  unitId: string | null;
  role: Role;
  name: string;
  phone: string | null;
  username: string | null;
  passwordHash: string | null;
  openid: string | null;
  active: boolean;
  createdAt: string;
}

export interface InviteRecord {
  code: string;
  townshipId: string;
  unitId: string | null;
  role: Role;
  expiresAt: string;
  usesLeft: number;
  createdBy: string;
  createdAt: string;
}

export interface HistoryEntry {
  at: string;
  by: string;
  decision: Decision;
  note: string | null;
  from: LeadStatus;
  to: LeadStatus;
}

export interface ReplyEntry {
  at: string;
  by: string;
  text: string;
  photos: string[];
}

export interface LeadRecord {
  id: string;
  townshipId: string;
  unitId: string | null;
  authorId: string;
  clientId: string;
  title: string;
  body: string;
  category: string;
  occurredAt: string | null;
  place: string | null;
  photos: string[];
  urgent: boolean;
  status: LeadStatus;
  history: HistoryEntry[];
  replies: ReplyEntry[];
  mergedInto: string | null;
  highlightSection: string | null;
  createdAt: string;
  updatedAt: string;
  /** Optimistic concurrency: every save must name the version it read. */
  version: number;
}

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
