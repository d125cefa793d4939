// A lead audit line for store tests that save leads directly (the store port asks for one with every save).
import type { LeadEvent } from '../../cloudfunctions/core/leads/records';

export function anEvent(overrides: Partial<LeadEvent> = {}): LeadEvent {
  return {
    at: '2026-03-01T00:00:00.000Z',
    by: 'e1',
    kind: 'decision',
    decision: 'accept',
    from: 'submitted',
    to: 'accepted',
    note: null,
    ref: null,
    ...overrides,
  };
}
