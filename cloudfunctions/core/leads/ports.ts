// What the lead services ask of the store (`ctx.leads`): which leads, in which order, saved how.
import type { ArticleSummary } from '../articles/records';
import type { CursorKey, Page } from '../cursor';
import type { LeadStatus } from '../vocabulary';
import type { ModerationState } from '../moderation/verdicts';
import type { LeadEvent, LeadRecord } from './records';
import type { LeadCounts } from './views';

/** `newest`: createdAt desc, id desc (key [createdAt, id]); `queue`: urgent first, then oldest (key [urgent 1|0, createdAt, id]). */
export type LeadOrder = 'newest' | 'queue';

/** The sort key of a lead in `order`: the `after` of the page that follows it. */
export function leadCursorKey(order: LeadOrder, lead: LeadRecord): CursorKey {
  return order === 'newest' ? [lead.createdAt, lead.id] : [lead.urgent ? 1 : 0, lead.createdAt, lead.id];
}

/** Which leads: every field narrows; none crosses townships. */
export interface LeadFilter {
  townshipId: string;
  authorId?: string;
  statuses?: LeadStatus[];
  unitId?: string;
  category?: string;
  urgent?: boolean;
  /** true: only leads whose content was deleted after the retention period; false: the others. */
  purged?: boolean;
  /** Only leads whose combined verdict is one of these. */
  moderation?: ModerationState[];
  /** true: highlightSection set; false: not set. */
  highlighted?: boolean;
  /** createdAt ≥ this instant (ISO). */
  createdFrom?: string;
  /** createdAt < this instant (ISO). */
  createdBefore?: string;
  /** Words that must appear in the title or the body (case-insensitive, taken literally). */
  text?: string;
}

export interface LeadQuery extends LeadFilter {
  order: LeadOrder;
  after?: CursorKey;
  limit: number;
}

export interface LeadStore {
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
  /**
   * The lead with a photo awaiting this WeChat trace_id, in any township: the platform's verdict names only the
   * trace, and trace ids are unique per request.
   */
  leadByTrace(traceId: string): Promise<LeadRecord | null>;
  /** What became of each lead: the articles citing it and their publications (read beside the leads themselves). */
  articlesForLeads(townshipId: string, leadIds: string[]): Promise<Map<string, ArticleSummary[]>>;
}
