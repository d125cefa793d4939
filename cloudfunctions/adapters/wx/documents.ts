// How records sit in the cloud database: the record's `id` becomes the document `_id`, nothing else changes.
import type { ArticleRecord, PublicationRecord } from '../../core/articles/records';
import type { UnitRecord } from '../../core/accounts/records';
import type { Condition, Database, Doc, Query } from './sdk';

export const COLLECTIONS = {
  townships: 'townships',
  units: 'units',
  accounts: 'accounts',
  invites: 'invites',
  leads: 'leads',
  articles: 'articles',
  publications: 'publications',
  leadEvents: 'lead_events',
  /** The accounts' audit log (erasures): `_id` `<accountId>:<at>`. */
  accountEvents: 'account_events',
  /** `openid:<openid>` and `username:<name>`: one document per taken value, so a second one fails (store.ts). */
  claims: 'account_claims',
} as const;

/** An ArticleRecord as stored: `leadIds` is an array field, so `leadIds: _.in(ids)` finds the articles citing a lead. */
export type ArticleDoc = Omit<ArticleRecord, 'id'> & { _id: string };
export type PublicationDoc = Omit<PublicationRecord, 'id'> & { _id: string };

/** A record with `id` → a document body with `_id` (the SDK fills `_openid` only for app writes). */
export function toDoc<T extends { id: string }>(record: T): Doc {
  const { id, ...rest } = record;
  return { _id: id, ...rest };
}

/** A document → the record shape: `_id` back to `id`, SDK bookkeeping fields dropped. */
export function fromDoc<T>(doc: Doc): T {
  const { _id, _openid, ...rest } = doc as Doc & { _openid?: unknown };
  void _openid;
  return { id: _id, ...rest } as T;
}

/** Fields to write in an update: everything but the key (the SDK rejects `_id` in update data). */
export function updateData<T extends { id: string }>(record: T): Record<string, unknown> {
  const { _id, ...rest } = toDoc(record);
  void _id;
  return rest;
}

/**
 * A unit document as its record. Documents written before units had a history (and units made by hand in the
 * console) carry no dates: they count as existing since before any record, so no old figure changes, and their
 * platforms as started with them.
 */
export function unitFromDoc(doc: Doc): UnitRecord {
  const u = fromDoc<Partial<UnitRecord> & { id: string }>(doc);
  return {
    ...u,
    platforms: Array.isArray(u.platforms) ? u.platforms : [],
    createdAt: typeof u.createdAt === 'string' ? u.createdAt : UNIT_DOCS_BEFORE_HISTORY,
    deactivatedAt: typeof u.deactivatedAt === 'string' ? u.deactivatedAt : null,
    platformSince: u.platformSince && typeof u.platformSince === 'object' ? u.platformSince : {},
    platformRuns: Array.isArray(u.platformRuns) ? u.platformRuns : [],
  } as UnitRecord;
}

/** The creation time given to unit documents older than unit history. */
export const UNIT_DOCS_BEFORE_HISTORY = '2000-01-01T00:00:00.000Z';

/**
 * The township's order of unit documents: `position` (written by WxStore.saveUnit, like the local store's column);
 * documents without one (made by hand in the console) come first; then name, then id.
 */
export function byUnitOrder(a: Doc, b: Doc): number {
  const position = (d: Doc) => (typeof d.position === 'number' ? d.position : -1);
  // Code-point comparison, as SQLite's ORDER BY name in the local store.
  const text = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return position(a) - position(b) || text(String(a.name), String(b.name)) || text(a._id, b._id);
}

export const PAGE = 100;

/** Reads every match by walking `_id` upwards, PAGE documents per call (the SDK caps each get). */
export async function fetchAll(db: Database, collection: string, condition: Condition): Promise<Doc[]> {
  const _ = db.command;
  const out: Doc[] = [];
  let last: string | null = null;
  for (;;) {
    const where: Condition = last === null ? condition : _.and([condition, { _id: _.gt(last) }]);
    const query: Query = db.collection(collection).where(where).orderBy('_id', 'asc').limit(PAGE);
    const { data } = await query.get();
    out.push(...data);
    if (data.length < PAGE) return out;
    last = data[data.length - 1]!._id;
  }
}

/** One document by key, or null (doc().get() rejects on a missing document, a query does not). */
export async function findById(db: Database, collection: string, id: string): Promise<Doc | null> {
  const { data } = await db.collection(collection).where({ _id: id }).limit(1).get();
  return data[0] ?? null;
}
