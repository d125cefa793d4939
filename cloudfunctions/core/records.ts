// Records as the store keeps them; every record carries its township and no query crosses townships.
import type { ArticleKind, Decision, LeadStatus, PlatformKind, PublicationLevel, Role, UnitKind } from './vocabulary';

export interface TownshipRecord {
  id: string;
  name: string;
  categories: string[];
  timezone: string;
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
