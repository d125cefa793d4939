// Records as the store keeps them; every record carries its township and no query crosses townships.
import type { Decision, LeadStatus } from '../vocabulary';

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

/** One line of a lead's append-only audit log, written with the save that caused it. */
export interface LeadEvent {
  at: string;
  by: string;
  kind: LeadEventKind;
  decision: Decision | null;
  from: LeadStatus;
  to: LeadStatus;
  note: string | null;
  /** The article that cited the lead, or the lead it was merged into. */
  ref: string | null;
}

export type LeadEventKind = 'submitted' | 'decision' | 'reply' | 'highlight' | 'cited';
