// The demo's audit log: what the real functions would have written for each lead, in time order.
import { submittedEvent, type LeadEvent, type LeadRecord } from '../../../core/leads/records';
import type { ArticleRecord } from '../../../core/articles/records';

export function demoLeadEvents(
  leads: LeadRecord[],
  articles: ArticleRecord[],
): { lead: LeadRecord; event: LeadEvent }[] {
  const byId = new Map(leads.map((l) => [l.id, l]));
  const out: { lead: LeadRecord; event: LeadEvent }[] = [];
  for (const lead of leads) {
    out.push({ lead, event: submittedEvent(lead) });
    for (const h of lead.history) {
      const ref = h.decision === 'merge' ? lead.mergedInto : null;
      out.push({ lead, event: { ...h, kind: 'decision', ref } });
    }
    for (const r of lead.replies) {
      out.push({
        lead,
        event: {
          at: r.at,
          by: r.by,
          kind: 'reply',
          decision: null,
          from: 'needs_info',
          to: 'submitted',
          note: r.text,
          ref: null,
        },
      });
    }
  }
  for (const a of articles) {
    for (const id of a.leadIds) {
      const lead = byId.get(id);
      if (!lead) continue;
      out.push({
        lead,
        event: {
          at: a.createdAt,
          by: a.createdBy,
          kind: 'cited',
          decision: null,
          from: 'accepted',
          to: 'used',
          note: a.title,
          ref: a.id,
        },
      });
    }
  }
  return out.sort((x, y) => x.event.at.localeCompare(y.event.at));
}
