// An in-memory double of the cloud database slice in adapters/wx/sdk.ts. It follows the documented platform, not the
// adapter: MongoDB semantics for where() and pipelines (mingo), the documented read caps, transactions limited to
// single documents, client writes stamped with `_openid` under collection permissions, and a count of round trips.
import type {
  Aggregate,
  CollectionRef,
  Condition,
  Database,
  Doc,
  DocRef,
  Query,
  Transaction,
  UpdateResult,
} from '../../cloudfunctions/adapters/wx/sdk';
import { FakeAggregate } from './double/aggregate';
import {
  byKey,
  Cmd,
  command,
  criteriaFields,
  FakeRegExp,
  isPlain,
  matcher,
  sortDocs,
  toCriteria,
} from './double/query';
import { FakeTransaction, TX_CONFLICT } from './double/transaction';

/**
 * Collection.get from a cloud function: 100 documents when no limit is given, limit() at most 1,000
 * (developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-server-api/database/collection/Collection.get.html and
 * .../Collection.limit.html; the mini program's own cap is 20).
 */
export const GET_DEFAULT = 100;

/** A query as an index sees it: the fields it tests and sorts on, and whether `_id` alone already finds it. */
export interface QueryShape {
  collection: string;
  fields: string[];
  sort: string[];
  byKey: boolean;
}
export const GET_MAX = 1000;

/**
 * A collection's security rule (developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/database/security-rules.html):
 * a new collection lets its creator read and write ("auth.openid == doc._openid"); `{read: false, write: false}`
 * leaves it to cloud functions. Only client (mini program) access is checked: functions have admin rights.
 */
export type Rule = { read: boolean | 'creator'; write: boolean | 'creator' };
export const DEFAULT_RULE: Rule = { read: 'creator', write: 'creator' };

const clone = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));

/** Update semantics: `_.inc` adds, nested plain objects merge, everything else (arrays included) replaces. */
export function applyUpdate(target: Record<string, unknown>, data: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
    if (value instanceof Cmd) {
      if (value.op !== 'inc') throw new Error(`更新里不能使用 ${value.op}`);
      const current = target[key] ?? 0;
      if (typeof current !== 'number') throw new Error(`字段 ${key} 不是数字，不能 inc`);
      target[key] = current + (value.arg as number);
    } else if (isPlain(value) && isPlain(target[key])) {
      applyUpdate(target[key] as Record<string, unknown>, value);
    } else {
      target[key] = clone(value);
    }
  }
}

export function rejectKey(data: Record<string, unknown>, where: string): void {
  if ('_id' in data) throw new Error(`${where}:fail 不能修改 _id`);
}

export function duplicateKey(id: string): Error {
  return Object.assign(
    new Error(`collection.add:fail -502001 database request fail. E11000 duplicate key error: ${id}`),
    {
      errCode: -502001,
    },
  );
}

export class FakeDb implements Database {
  readonly command = command;
  readonly RegExp = (options: { regexp: string; options?: string }) => new FakeRegExp(options);
  readonly data = new Map<string, Map<string, Doc>>();
  /** Every get() as [collection, number of documents returned], for tests about paging. */
  readonly reads: [string, number][] = [];
  /** Every request that reaches the database, as "op collection": one entry per network round trip. */
  readonly calls: string[] = [];
  readonly rules = new Map<string, Rule>();
  /** Every query's collection, tested fields and sort fields: the shapes the declared indexes must serve. */
  readonly queryShapes: QueryShape[] = [];
  /** Milliseconds each round trip takes; 0 still yields a turn so concurrent calls interleave. */
  latencyMs = 0;
  /** A write counter per document, so a transaction can see that someone else wrote what it read. */
  private readonly versions = new Map<string, number>();
  private seq = 0;

  /** Test backdoor: the raw documents of a collection, written as a console import would (no `_openid`). */
  table(name: string): Map<string, Doc> {
    let t = this.data.get(name);
    if (!t) this.data.set(name, (t = new Map()));
    return t;
  }

  /** Test helper: the stored documents of a collection, copied. */
  all(name: string): Doc[] {
    return [...this.table(name).values()].map(clone);
  }

  documents(name: string): Doc[] {
    return this.all(name);
  }

  nextId(): string {
    return `auto${String(++this.seq).padStart(8, '0')}`;
  }

  /** Requests under way now, and the most there ever were at once (parallel work shows up here). */
  inFlight = 0;
  peakInFlight = 0;

  async roundTrip(op: string, collection: string): Promise<void> {
    this.calls.push(`${op} ${collection}`);
    this.inFlight += 1;
    this.peakInFlight = Math.max(this.peakInFlight, this.inFlight);
    await new Promise<void>((resolve) =>
      this.latencyMs > 0 ? setTimeout(resolve, this.latencyMs) : setImmediate(resolve),
    );
    this.inFlight -= 1;
  }

  version(collection: string, id: string): number {
    return this.versions.get(`${collection}/${id}`) ?? 0;
  }

  /** The one place documents change, so every write bumps the document's version. */
  write(collection: string, id: string, doc: Doc | null): void {
    if (doc) this.table(collection).set(id, doc);
    else this.table(collection).delete(id);
    this.versions.set(`${collection}/${id}`, this.version(collection, id) + 1);
  }

  /**
   * A write from the mini program (wx.cloud.database() on a phone): the platform stamps `_openid` with the caller and
   * checks the collection's rule; a function cannot set `_openid` this way.
   */
  async clientAdd(collection: string, openid: string, data: Record<string, unknown>): Promise<{ _id: string }> {
    const rule = this.rules.get(collection) ?? DEFAULT_RULE;
    await this.roundTrip('client.add', collection);
    if (rule.write === false) throw new Error('collection.add:fail -502003 database permission denied');
    const id = typeof data._id === 'string' ? data._id : this.nextId();
    if (this.table(collection).has(id)) throw duplicateKey(id);
    this.write(collection, id, { ...clone(data), _id: id, _openid: openid });
    return { _id: id };
  }

  collection(name: string): CollectionRef {
    return new FakeCollection(this, name, undefined, [], undefined);
  }

  /** A new collection gets the platform's default rule, "creator can read and write". */
  async createCollection(name: string): Promise<{ errMsg: string }> {
    await this.roundTrip('createCollection', name);
    if (this.data.has(name)) throw new Error(`createCollection:fail DATABASE_COLLECTION_ALREADY_EXIST ${name}`);
    this.table(name);
    this.rules.set(name, DEFAULT_RULE);
    return { errMsg: 'createCollection:ok' };
  }

  async startTransaction(): Promise<Transaction> {
    await this.roundTrip('transaction.start', '');
    return new FakeTransaction(this);
  }

  async runTransaction<T>(body: (tx: Transaction) => Promise<T>, times = 3): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const tx = (await this.startTransaction()) as FakeTransaction;
      try {
        const result = await body(tx);
        await tx.finish();
        return result;
      } catch (err) {
        tx.abort();
        if (!(err as { [TX_CONFLICT]?: boolean })[TX_CONFLICT] || attempt >= times) throw err;
      }
    }
  }

  docRef(name: string, id: string): DocRef {
    return {
      get: async () => {
        await this.roundTrip('doc.get', name);
        const doc = this.table(name).get(id);
        if (!doc) throw new Error(`document.get:fail document with _id ${id} does not exist`);
        return { data: clone(doc) };
      },
      // Document.set replaces the whole record (替换更新一条记录), creating it when missing:
      // developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/database/document/Document.set.html
      set: async ({ data }) => {
        rejectKey(data, 'document.set');
        await this.roundTrip('doc.set', name);
        this.write(name, id, { ...clone(data), _id: id });
        return { _id: id };
      },
      update: async ({ data }) => {
        rejectKey(data, 'document.update');
        await this.roundTrip('doc.update', name);
        const doc = this.table(name).get(id);
        if (doc) {
          applyUpdate(doc, data);
          this.write(name, id, doc);
        }
        return { stats: { updated: doc ? 1 : 0 } };
      },
      remove: async () => {
        await this.roundTrip('doc.remove', name);
        const had = this.table(name).has(id);
        if (had) this.write(name, id, null);
        return { stats: { removed: had ? 1 : 0 } };
      },
    };
  }

  async addDoc(name: string, data: Record<string, unknown>): Promise<{ _id: string }> {
    await this.roundTrip('add', name);
    const id = data._id === undefined ? this.nextId() : data._id;
    if (typeof id !== 'string') throw new Error('collection.add:fail _id 必须是字符串');
    if (this.table(name).has(id)) throw duplicateKey(id);
    this.write(name, id, { ...clone(data), _id: id });
    return { _id: id };
  }
}

class FakeCollection implements CollectionRef {
  constructor(
    private readonly db: FakeDb,
    private readonly name: string,
    private readonly cond: Condition | undefined,
    private readonly order: [string, 'asc' | 'desc'][],
    private readonly max: number | undefined,
  ) {}

  aggregate(): Aggregate {
    return new FakeAggregate(this.db, this.name);
  }

  where(condition: Condition): Query {
    if (typeof condition !== 'object' || condition === null) throw new Error('where 需要对象条件');
    return new FakeCollection(this.db, this.name, condition, this.order, this.max);
  }

  orderBy(field: string, direction: 'asc' | 'desc'): Query {
    if (direction !== 'asc' && direction !== 'desc') throw new Error(`orderBy 方向无效：${String(direction)}`);
    return new FakeCollection(this.db, this.name, this.cond, [...this.order, [field, direction]], this.max);
  }

  limit(n: number): Query {
    if (!Number.isInteger(n) || n < 1 || n > GET_MAX) throw new Error(`limit 必须是 1 到 ${GET_MAX} 的整数，收到 ${n}`);
    return new FakeCollection(this.db, this.name, this.cond, this.order, n);
  }

  private matching(): Doc[] {
    const criteria = this.cond ? toCriteria(this.cond) : {};
    const sort = this.order.map(([f]) => f);
    this.db.queryShapes.push({ collection: this.name, fields: criteriaFields(criteria), sort, byKey: byKey(criteria) });
    const test = matcher(this.cond);
    return sortDocs([...this.db.table(this.name).values()].filter(test), this.order);
  }

  async get(): Promise<{ data: Doc[] }> {
    await this.db.roundTrip('get', this.name);
    const data = this.matching()
      .slice(0, this.max ?? GET_DEFAULT)
      .map(clone);
    this.db.reads.push([this.name, data.length]);
    return { data };
  }

  async count(): Promise<{ total: number }> {
    await this.db.roundTrip('count', this.name);
    return { total: this.matching().length };
  }

  async update(options: { data: Record<string, unknown> }): Promise<UpdateResult> {
    if (!this.cond) throw new Error('collection.update:fail 批量更新必须带 where 条件');
    rejectKey(options.data, 'collection.update');
    await this.db.roundTrip('update', this.name);
    const hits = this.matching();
    for (const hit of hits) {
      const doc = this.db.table(this.name).get(hit._id)!;
      applyUpdate(doc, options.data);
      this.db.write(this.name, hit._id, doc);
    }
    return { stats: { updated: hits.length } };
  }

  add(options: { data: Record<string, unknown> }): Promise<{ _id: string }> {
    return this.db.addDoc(this.name, options.data);
  }

  doc(id: string): DocRef {
    return this.db.docRef(this.name, id);
  }
}
