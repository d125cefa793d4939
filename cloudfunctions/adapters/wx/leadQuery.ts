// listLeads in cloud-database terms: filters, the two orders of ports.ts, and the cursor as a range condition.
import type { CursorKey } from '../../core/cursor';
import type { LeadFilter, LeadOrder, LeadQuery } from '../../core/leads/ports';
import type { Condition, Database, DbCommand, DbCommandFactory, DbRegExp } from './sdk';

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

/** Literal words as a case-insensitive db.RegExp (no index: acceptable at one township's scale, see the report). */
export function textRegExp(db: Database, text: string): DbRegExp {
  return db.RegExp({ regexp: text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), options: 'i' });
}

/** The filter as one condition: equalities, the createdAt range, and the text as an `or` over title and body. */
export function leadFilterCondition(db: Database, filter: LeadFilter): Condition {
  const _ = db.command;
  const cond: Record<string, unknown> = { townshipId: filter.townshipId };
  if (filter.authorId !== undefined) cond.authorId = filter.authorId;
  if (filter.unitId !== undefined) cond.unitId = filter.unitId;
  if (filter.category !== undefined) cond.category = filter.category;
  if (filter.urgent !== undefined) cond.urgent = filter.urgent;
  if (filter.statuses !== undefined) cond.status = _.in(filter.statuses);
  if (filter.moderation !== undefined) cond['moderation.state'] = _.in(filter.moderation);
  if (filter.purged !== undefined) cond.purgedAt = filter.purged ? _.neq(null) : null;
  if (filter.highlighted !== undefined) cond.highlightSection = filter.highlighted ? _.neq(null) : null;
  const range: DbCommand[] = [];
  if (filter.createdFrom !== undefined) range.push(_.gte(filter.createdFrom));
  if (filter.createdBefore !== undefined) range.push(_.lt(filter.createdBefore));
  if (range.length > 0) cond.createdAt = range.length === 1 ? range[0] : _.and(range);
  if (filter.text === undefined) return cond;
  const re = textRegExp(db, filter.text);
  return _.and([cond, _.or([{ title: re }, { body: re }])]);
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
  const branches: Condition[] = [
    { urgent, createdAt: _.gt(createdAt) },
    { urgent, createdAt, _id: _.gt(String(id)) },
  ];
  if (urgent) branches.unshift({ urgent: false });
  return _.or(branches);
}

export function leadCondition(db: Database, query: LeadQuery): Condition {
  const base = leadFilterCondition(db, query);
  return query.after ? db.command.and([base, afterCondition(db.command, query.order, query.after)]) : base;
}

export function cappedLimit(limit: number): number {
  return Math.max(1, Math.min(MAX_LEADS_PER_CALL, Math.floor(limit)));
}
