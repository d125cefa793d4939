// Records as the store keeps them; every record carries its township and no query crosses townships.
import type { Decision, LeadStatus } from '../vocabulary';
import type { Moderation, ModerationState } from '../moderation/verdicts';

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
  /** The verdict on the reply's text (its photos' verdicts are in the lead's `moderation.photos`). */
  moderation?: Moderation;
}

/** One photo's verdict; `since` dates the check, so a verdict that never comes shows its age. */
export interface PhotoModeration extends Moderation {
  fileID: string;
  /** WeChat's trace_id while the asynchronous verdict is awaited (kept afterwards for the audit trail). */
  traceId: string | null;
  since: string;
}

/** Every verdict on a lead; `state` combines them all (replies included) and is what the queue filters on. */
export interface LeadModeration {
  state: ModerationState;
  text: Moderation;
  photos: PhotoModeration[];
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
  /** When the retention period deleted its text and photos; the row stays, so past statistics do not change. */
  purgedAt?: string;
  /** Absent on leads stored before checks existed: they count as passed. */
  moderation?: LeadModeration;
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

export type LeadEventKind = 'submitted' | 'decision' | 'reply' | 'highlight' | 'cited' | 'moderation' | 'purged';

/** Every photo of a lead: its own and those of its replies. */
export const everyPhotoOf = (lead: Pick<LeadRecord, 'photos' | 'replies'>): string[] => [
  ...lead.photos,
  ...lead.replies.flatMap((r) => r.photos),
];

/** A log line for content and photos deleted (retention, an author's erasure): the status does not move. */
export function purgedEvent(lead: Pick<LeadRecord, 'status'>, at: string, by: string, note: string): LeadEvent {
  return { at, by, kind: 'purged', decision: null, from: lead.status, to: lead.status, note, ref: null };
}

/** The line every new lead's log starts with; each store writes it in the same step as the lead. */
export function submittedEvent(lead: Pick<LeadRecord, 'createdAt' | 'authorId'>): LeadEvent {
  const kind = 'submitted';
  return { at: lead.createdAt, by: lead.authorId, kind, decision: null, from: kind, to: kind, note: null, ref: null };
}
