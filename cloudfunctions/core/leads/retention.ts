// Retention (issue 10 item 6): a rejected or merged lead loses its text and photos once the township's retention
// period has passed since its decision.
//
// What is kept, and why: the lead's row stays as a tombstone (status, unit, author, category, dates) with its text
// blanked, its replies emptied and its photos deleted from storage. The statistics count leads by these rows
// (leadsSubmitted by createdAt, per unit and per reporter), so a past year's figures do not change after a purge.
// The audit log (lead_events) is append-only by design and keeps its lines; the purge adds its own line, kind
// 'purged'. The log's notes were written by editors (reasons) or are replies' texts: a reply's words therefore
// outlive the purge in the log — acceptable for an audit trail readable only by the functions, and noted.
import type { Context } from '../ports';
import type { TownshipRecord } from '../accounts/records';
import { DEFAULT_RETENTION_DAYS } from '../vocabulary';
import { everyPhotoOf, purgedEvent, type LeadRecord } from './records';

const DAY_MS = 86_400_000;
const PAGE = 50;
export const PURGED_TITLE = '（已超过保存期限，内容已删除）';
export const PURGE_ACTOR = 'system:retention';
/** The name of the WeChat timer trigger that runs the purge (functions/deployment.ts, adapters/wx/timer.ts). */
export const RETENTION_TRIGGER = 'purgeExpiredLeads';

export interface PurgeResult {
  leads: number;
  photos: number;
}

/** When the lead was decided: its last decision, or its last change for a lead without a recorded one. */
const decidedAt = (lead: LeadRecord) => lead.history[lead.history.length - 1]?.at ?? lead.updatedAt;

function tombstone(lead: LeadRecord, at: string): LeadRecord {
  return {
    ...lead,
    title: PURGED_TITLE,
    body: '',
    place: null,
    photos: [],
    replies: lead.replies.map((r) => ({ ...r, text: '', photos: [] })),
    ...(lead.moderation ? { moderation: { ...lead.moderation, photos: [] } } : {}),
    purgedAt: at,
    updatedAt: at,
  };
}

async function purgeTownship(ctx: Context, township: TownshipRecord, now: Date): Promise<PurgeResult> {
  const days = township.retentionDays ?? DEFAULT_RETENTION_DAYS;
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
  const result: PurgeResult = { leads: 0, photos: 0 };
  let after: Awaited<ReturnType<Context['leads']['listLeads']>>['next'] = null;
  do {
    // Decided after creation, so every candidate was created before the cutoff; purged ones drop out of the filter.
    const page = await ctx.leads.listLeads({
      townshipId: township.id,
      statuses: ['rejected', 'merged'],
      createdBefore: cutoff,
      purged: false,
      order: 'newest',
      limit: PAGE,
      ...(after ? { after } : {}),
    });
    for (const lead of page.items.filter((l) => decidedAt(l) < cutoff)) {
      const at = now.toISOString();
      const photos = everyPhotoOf(lead);
      const event = purgedEvent(lead, at, PURGE_ACTOR, `超过保存期限（${days}天）删除内容和照片${photos.length}张`);
      // A lead changed meanwhile is left for the next run rather than purged from a stale read.
      if (!(await ctx.leads.saveLead(tombstone(lead, at), lead.version, event))) continue;
      // Files go after the row: a crash in between leaves orphan files, never a lead pointing at missing ones.
      await ctx.files.remove(photos);
      result.leads += 1;
      result.photos += photos.length;
    }
    after = page.next;
  } while (after);
  return result;
}

/** Purges every township's expired leads; run at the host's start and daily, and by a timer trigger on WeChat. */
export async function purgeExpiredLeads(ctx: Context): Promise<PurgeResult> {
  const now = ctx.clock.now();
  const total: PurgeResult = { leads: 0, photos: 0 };
  for (const township of await ctx.townships.listTownships()) {
    const one = await purgeTownship(ctx, township, now);
    total.leads += one.leads;
    total.photos += one.photos;
  }
  return total;
}
