// listLeads in cloud-database terms: filters, the two orders of ports.ts, and the cursor as a range condition.
import type { CursorKey, LeadOrder, LeadQuery } from '../../core/ports';
import type { LeadRecord } from '../../core/records';
import type { Condition, DbCommandFactory } from './sdk';

/** The database answers at most this many leads per call, whatever the caller asks. */
export const MAX_LEADS_PER_CALL = 50;

export const LEAD_SORT: Record<LeadOrder, [field: string, dir: 'asc' | 'desc'][]> = {
  newest: [
    ['createdAt', 'desc'],
    ['_id', 'desc'],
  ],
  queue: [
    ['urgent', 'desc'],
    ['createdAt', 'asc'],
    ['_id', 'asc'],
  ],
};

export function leadCursorKey(order: LeadOrder, lead: LeadRecord): CursorKey {
  return order === 'newest' ? [lead.createdAt, lead.id] : [lead.urgent ? 1 : 0, lead.createdAt, lead.id];
}

function filters(_: DbCommandFactory, query: LeadQuery): Record<string, unknown> {
  const cond: Record<string, unknown> = { townshipId: query.townshipId };
  if (query.authorId !== undefined) cond.authorId = query.authorId;
  if (query.unitId !== undefined) cond.unitId = query.unitId;
  if (query.category !== undefined) cond.category = query.category;
  if (query.statuses !== undefined) cond.status = _.in(query.statuses);
  return cond;
}

/**
 * Everything strictly after `key` in the sort: an `_.or` of tuple comparisons, one branch per key prefix.
 * `urgent` is a boolean, so its "after" is spelled with equality (true comes first, then false) rather than a range.
 */
export function afterCondition(_: DbCommandFactory, order: LeadOrder, key: CursorKey): Condition {
  if (order === 'newest') {
    const [createdAt, id] = key;
    return _.or([{ createdAt: _.lt(createdAt) }, { createdAt, _id: _.lt(String(id)) }]);
  }
  const [urgentKey, createdAt, id] = key;
  const urgent = urgentKey === 1;
  const branches: Condition[] = [{ urgent, createdAt: _.gt(createdAt) }, { urgent, createdAt, _id: _.gt(String(id)) }];
  if (urgent) branches.unshift({ urgent: false });
  return _.or(branches);
}

export function leadCondition(_: DbCommandFactory, query: LeadQuery): Condition {
  const base = filters(_, query);
  return query.after ? _.and([base, afterCondition(_, query.order, query.after)]) : base;
}

export function cappedLimit(limit: number): number {
  return Math.max(1, Math.min(MAX_LEADS_PER_CALL, Math.floor(limit)));
}
