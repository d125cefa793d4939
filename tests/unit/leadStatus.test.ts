import { statusAfterCitation, statusAfterDecision, statusAfterReply } from '../../cloudfunctions/core/leads/status';
import { DECISIONS, LEAD_STATUSES, type Decision, type LeadStatus } from '../../cloudfunctions/core/vocabulary';

// The specification, written out as a table so every (from, decision) pair is checked against it.
const ALLOWED: Partial<Record<LeadStatus, Partial<Record<Decision, LeadStatus>>>> = {
  submitted: { accept: 'accepted', needs_info: 'needs_info', reject: 'rejected', merge: 'merged' },
  needs_info: { reject: 'rejected' },
};

describe('the lead state machine', () => {
  for (const from of LEAD_STATUSES) {
    for (const decision of DECISIONS) {
      const expected = ALLOWED[from]?.[decision] ?? null;
      it(`${decision} on a ${from} lead → ${expected ?? 'CONFLICT'}`, () => {
        expect(statusAfterDecision(from, decision)).toBe(expected);
      });
    }
  }

  it('a reply sends only a needs_info lead back to the queue', () => {
    for (const from of LEAD_STATUSES) {
      expect(statusAfterReply(from)).toBe(from === 'needs_info' ? 'submitted' : null);
    }
  });

  it('an article uses accepted leads and keeps used ones used, nothing else', () => {
    for (const from of LEAD_STATUSES) {
      const expected = from === 'accepted' || from === 'used' ? 'used' : null;
      expect(statusAfterCitation(from)).toBe(expected);
    }
  });
});
