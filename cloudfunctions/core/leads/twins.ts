// Likely duplicates of a lead: same unit, sent within three days of it, with a similar title (issue 4, item 2).
import { MERGE_TARGET_STATUSES } from './status';
import type { Context } from '../ports';
import type { CursorKey } from '../cursor';
import type { LeadQuery } from './ports';
import type { AccountRecord } from '../accounts/records';
import type { LeadRecord } from './records';
import type { LeadView } from './views';
import { findVisibleLead } from './access';
import { presentLeads } from './present';

export const TWIN_WINDOW_DAYS = 3;
export const TWIN_SIMILARITY = 0.5;
export const MAX_TWINS = 5;
/** Leads looked at around one lead; a unit sending more than this in a week is far beyond the demo county. */
const MAX_CANDIDATES = 200;
const DAY = 86_400_000;

/** Letters, digits and CJK characters only: punctuation and spaces say nothing about the story. */
const normalize = (title: string) => title.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

function bigrams(text: string): string[] {
  const chars = [...text];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((c, i) => chars[i] + c);
}

/** Dice coefficient of character bigrams, 0..1: 1 for equal titles, high for one word changed in a Chinese title. */
export function titleSimilarity(a: string, b: string): number {
  const x = bigrams(normalize(a));
  const y = bigrams(normalize(b));
  if (x.length === 0 || y.length === 0) return 0;
  const counts = new Map<string, number>();
  x.forEach((g) => counts.set(g, (counts.get(g) ?? 0) + 1));
  let shared = 0;
  for (const g of y) {
    const n = counts.get(g) ?? 0;
    if (n > 0) {
      shared += 1;
      counts.set(g, n - 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

/** Orders candidates most similar first, then nearest in time; keeps those at or above the threshold. */
export function rankTwins(lead: LeadRecord, candidates: LeadRecord[]): LeadRecord[] {
  const at = Date.parse(lead.createdAt);
  return candidates
    .filter((c) => c.id !== lead.id && Math.abs(Date.parse(c.createdAt) - at) <= TWIN_WINDOW_DAYS * DAY)
    .map((c) => ({ c, score: titleSimilarity(lead.title, c.title), gap: Math.abs(Date.parse(c.createdAt) - at) }))
    .filter((x) => x.score >= TWIN_SIMILARITY)
    .sort((p, q) => q.score - p.score || p.gap - q.gap)
    .slice(0, MAX_TWINS)
    .map((x) => x.c);
}

export async function findTwins(ctx: Context, caller: AccountRecord, input: { id: string }): Promise<LeadView[]> {
  const lead = await findVisibleLead(ctx, caller, input.id);
  const at = Date.parse(lead.createdAt);
  const query: LeadQuery = {
    townshipId: caller.townshipId,
    // A lead without a unit (sent by township staff) is compared with its author's other leads.
    ...(lead.unitId ? { unitId: lead.unitId } : { authorId: lead.authorId }),
    statuses: [...MERGE_TARGET_STATUSES],
    createdFrom: new Date(at - TWIN_WINDOW_DAYS * DAY).toISOString(),
    createdBefore: new Date(at + TWIN_WINDOW_DAYS * DAY + 1).toISOString(),
    order: 'newest',
    limit: 50,
  };
  const candidates: LeadRecord[] = [];
  let after: CursorKey | undefined;
  do {
    const page = await ctx.leads.listLeads({ ...query, after });
    candidates.push(...page.items);
    after = page.next ?? undefined;
  } while (after && candidates.length < MAX_CANDIDATES);
  return presentLeads(ctx, caller, rankTwins(lead, candidates));
}
