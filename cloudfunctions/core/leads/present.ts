// Gathers what lead views need (names, units, signed URLs, articles) in one round per kind, not per lead.
import type { Context } from '../ports';
import type { LeadRecord } from './records';
import type { AccountRecord } from '../accounts/records';
import { leadView, type LeadView } from './views';

/** What `viewer` may see of these leads (DESIGN 4.5: risky and pending photos are for editors only). */
export async function presentLeads(ctx: Context, viewer: AccountRecord, leads: LeadRecord[]): Promise<LeadView[]> {
  const townshipId = viewer.townshipId;
  if (leads.length === 0) return [];
  const people = new Set<string>();
  const files = new Set<string>();
  for (const lead of leads) {
    people.add(lead.authorId);
    lead.history.forEach((h) => people.add(h.by));
    lead.photos.forEach((f) => files.add(f));
    lead.replies.forEach((r) => r.photos.forEach((f) => files.add(f)));
  }
  const [names, units, urls, articles] = await Promise.all([
    ctx.accounts.accountNames([...people]),
    ctx.townships.listUnits(townshipId),
    ctx.files.signedUrls([...files]),
    ctx.leads.articlesForLeads(
      townshipId,
      leads.map((l) => l.id),
    ),
  ]);
  const unitNames = new Map(units.map((u) => [u.id, u.name]));
  const desk = viewer.role !== 'reporter';
  return leads.map((lead) => leadView(lead, { names, units: unitNames, urls, articles, desk }));
}

export async function presentLead(ctx: Context, viewer: AccountRecord, lead: LeadRecord): Promise<LeadView> {
  const [view] = await presentLeads(ctx, viewer, [lead]);
  return view as LeadView;
}
