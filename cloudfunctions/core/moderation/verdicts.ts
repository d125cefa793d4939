// What a content check concludes (DESIGN 4.5): nothing is refused for it, a flagged item only gets marked.

export const MODERATION_STATES = ['pass', 'review', 'risky', 'pending'] as const;
export type ModerationState = (typeof MODERATION_STATES)[number];

/** The states an editor should look at: the queue's `moderation: 'flagged'` filter. */
export const FLAGGED_STATES: readonly ModerationState[] = ['review', 'risky', 'pending'];

/** The queue's filter values (leads.queue `moderation`): `flagged` is any of FLAGGED_STATES. */
export const MODERATION_FILTERS = ['flagged', 'review', 'risky', 'pending'] as const;

/** How editors read a state (queue card, review page, audit lines). */
export const MODERATION_LABELS: Record<ModerationState, string> = {
  pass: '通过',
  review: '需人工审核',
  risky: '有风险',
  pending: '审核中',
};

export interface Moderation {
  state: ModerationState;
  reasons: string[];
}

export const PASSED: Moderation = { state: 'pass', reasons: [] };

/** Which verdict wins when several describe one lead: the one that most needs an editor's eye. */
const WEIGHT: Record<ModerationState, number> = { pass: 0, pending: 1, review: 2, risky: 3 };

/** The combined verdict: the heaviest state, with the reasons of everything not passed (each once, in order). */
export function combine(verdicts: Moderation[]): Moderation {
  let state: ModerationState = 'pass';
  for (const v of verdicts) if (WEIGHT[v.state] > WEIGHT[state]) state = v.state;
  const reasons = [...new Set(verdicts.filter((v) => v.state !== 'pass').flatMap((v) => v.reasons))];
  return { state, reasons };
}

/** Photos nobody but editors may see until an editor clears them: risky ones, and those still waiting for a verdict. */
export const hiddenFromReporters = (state: ModerationState) => state === 'risky' || state === 'pending';
