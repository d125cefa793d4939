// leads.mine, leads.queue and leads.counts: cursor pages in the orders DESIGN 4.3 fixes, and the desk's counts.
import { DEFAULT_PAGE_SIZE, decodeCursor, encodeCursor, type PageView } from '../cursor';
import type { Context } from '../ports';
import type { LeadQuery } from './ports';
import type { AccountRecord } from '../accounts/records';
import type { LeadCountsInput, MineInput, QueueInput } from './schemas';
import type { LeadCounts, LeadView } from './views';
import { leadFilter } from './filters';
import { presentLeads } from './present';

async function page(ctx: Context, caller: AccountRecord, query: LeadQuery): Promise<PageView<LeadView>> {
  const result = await ctx.leads.listLeads(query);
  return {
    items: await presentLeads(ctx, caller, result.items),
    nextCursor: encodeCursor(result.next),
  };
}

export function myLeads(ctx: Context, caller: AccountRecord, input: MineInput): Promise<PageView<LeadView>> {
  return page(ctx, caller, {
    townshipId: caller.townshipId,
    authorId: caller.id,
    statuses: input.status ? [input.status] : undefined,
    order: 'newest',
    after: decodeCursor(input.cursor, 2),
    limit: input.limit ?? DEFAULT_PAGE_SIZE,
  });
}

export function reviewQueue(ctx: Context, caller: AccountRecord, input: QueueInput): Promise<PageView<LeadView>> {
  return page(ctx, caller, {
    ...leadFilter(caller, input),
    statuses: [input.status ?? 'submitted'],
    order: 'queue',
    after: decodeCursor(input.cursor, 3),
    limit: input.limit ?? DEFAULT_PAGE_SIZE,
  });
}

export function leadCounts(ctx: Context, caller: AccountRecord, input: LeadCountsInput): Promise<LeadCounts> {
  return ctx.leads.countLeads(leadFilter(caller, input));
}
