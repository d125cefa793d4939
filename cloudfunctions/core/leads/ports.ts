// What the lead services ask of the store: which leads, in which order.
import type { CursorKey } from '../cursor';
import type { LeadStatus } from '../vocabulary';

/** `newest`: createdAt desc, id desc (key [createdAt, id]); `queue`: urgent first, then oldest (key [urgent 1|0, createdAt, id]). */
export type LeadOrder = 'newest' | 'queue';

/** Which leads: every field narrows; none crosses townships. */
export interface LeadFilter {
  townshipId: string;
  authorId?: string;
  statuses?: LeadStatus[];
  unitId?: string;
  category?: string;
  urgent?: boolean;
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
