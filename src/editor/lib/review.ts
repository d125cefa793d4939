// What an editor may decide on a lead, and whether the note is enough, from the core's state machine and schema.
import {
  DECISION_LABELS,
  fieldProblems,
  reviewLeadSchema,
  statusAfterDecision,
  type Decision,
  type LeadStatus,
} from '@core';

/** The decisions the review page offers, in the order of its buttons (merging lives elsewhere). */
export const REVIEW_DECISIONS = ['accept', 'needs_info', 'reject'] as const satisfies readonly Decision[];
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export function availableDecisions(status: LeadStatus): ReviewDecision[] {
  return REVIEW_DECISIONS.filter((d) => statusAfterDecision(status, d) !== null);
}

export const decisionLabel = (d: Decision) => DECISION_LABELS[d];

/** The leads.review payload; a blank note is left out, as the schema expects. */
/** `version`: the lead as the editor saw it, so a reply that landed meanwhile turns the decision into a 409. */
export function reviewPayload(id: string, decision: ReviewDecision, note: string, version?: number) {
  const trimmed = note.trim();
  return { id, decision, ...(trimmed ? { note: trimmed } : {}), ...(version === undefined ? {} : { version }) };
}

/** The message to show under the reason box, or null when the decision may be sent. */
export function reviewProblem(id: string, decision: ReviewDecision, note: string): string | null {
  const result = reviewLeadSchema.safeParse(reviewPayload(id, decision, note));
  if (result.success) return null;
  return fieldProblems(result.error)[0]?.message ?? '请检查填写的内容';
}
