// Keyset pagination over leads in the two orders of ports.ts, one page (plus one row to know if more exist) per query.
import type { CursorKey, LeadQuery, Page } from '../../core/ports';
import type { LeadRecord } from '../../core/records';
import type { Db } from './db';
import { leadFromRow, type LeadRow } from './rows';

const ORDER_BY = {
  newest: 'created_at DESC, id DESC',
  queue: 'urgent DESC, created_at ASC, id ASC',
} as const;

/** The condition "comes after the cursor" for each order; row values keep it index-friendly. */
function afterClause(query: LeadQuery, params: unknown[]): string | null {
  const key = query.after;
  if (!key) return null;
  if (query.order === 'newest') {
    params.push(String(key[0]), String(key[1]));
    return '(created_at, id) < (?, ?)';
  }
  const urgent = Number(key[0]) ? 1 : 0;
  params.push(urgent, urgent, String(key[1]), String(key[2]));
  return '(urgent < ? OR (urgent = ? AND (created_at, id) > (?, ?)))';
}

export function keyOf(lead: LeadRecord, order: LeadQuery['order']): CursorKey {
  return order === 'newest' ? [lead.createdAt, lead.id] : [lead.urgent ? 1 : 0, lead.createdAt, lead.id];
}

export function listLeadsPage(db: Db, query: LeadQuery): Page<LeadRecord> {
  const where: string[] = ['township_id = ?'];
  const params: unknown[] = [query.townshipId];
  if (query.authorId !== undefined) {
    where.push('author_id = ?');
    params.push(query.authorId);
  }
  if (query.statuses && query.statuses.length > 0) {
    where.push(`status IN (${query.statuses.map(() => '?').join(', ')})`);
    params.push(...query.statuses);
  }
  if (query.unitId !== undefined) {
    where.push('unit_id = ?');
    params.push(query.unitId);
  }
  if (query.category !== undefined) {
    where.push('category = ?');
    params.push(query.category);
  }
  const after = afterClause(query, params);
  if (after) where.push(after);
  const limit = Math.max(1, Math.min(query.limit, 200));
  params.push(limit + 1);
  const sql = `SELECT * FROM leads WHERE ${where.join(' AND ')} ORDER BY ${ORDER_BY[query.order]} LIMIT ?`;
  const rows = db.prepare(sql).all(...params) as LeadRow[];
  const items = rows.slice(0, limit).map(leadFromRow);
  const last = items[items.length - 1];
  return { items, next: rows.length > limit && last ? keyOf(last, query.order) : null };
}
