// The lead state machine: the one place that decides which transitions exist (DESIGN 2).
import type { Decision, LeadStatus } from '../vocabulary';

const DECISION_TARGET: Record<Decision, LeadStatus> = {
  accept: 'accepted',
  needs_info: 'needs_info',
  reject: 'rejected',
  merge: 'merged',
};

/** The status a decision leads to from `from`, or null when the decision is not allowed there. */
export function statusAfterDecision(from: LeadStatus, decision: Decision): LeadStatus | null {
  if (from === 'submitted') return DECISION_TARGET[decision];
  // A request for information that was never answered may still be closed.
  if (from === 'needs_info' && decision === 'reject') return 'rejected';
  return null;
}

/** A reporter's reply sends a lead that waits for information back to the queue. */
export function statusAfterReply(from: LeadStatus): LeadStatus | null {
  return from === 'needs_info' ? 'submitted' : null;
}

/** An article citing a lead uses it; a lead already used stays used. */
export function statusAfterCitation(from: LeadStatus): LeadStatus | null {
  if (from === 'accepted' || from === 'used') return 'used';
  return null;
}

/** Leads another lead may be merged into. */
export const MERGE_TARGET_STATUSES: readonly LeadStatus[] = ['submitted', 'accepted', 'used'];

/** Decisions that must carry a note the reporter will read. */
export const DECISIONS_NEEDING_NOTE: readonly Decision[] = ['needs_info', 'reject'];
