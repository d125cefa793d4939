// The second wall around the data. Every collection is functions-only ({"read": false, "write": false}, see
// collections.ts), so a phone cannot write at all; should a rule ever be loosened, documents a phone wrote still carry
// `_openid` (the platform stamps every mini-program write: developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/
// database/security-rules.html) and this view of the database never reads, counts or updates them.
// Documents joined in by an aggregate `lookup` are not filtered; the collection rules are the wall there.
import type {
  Aggregate,
  CollectionRef,
  Condition,
  Database,
  DocRef,
  Query,
  Transaction,
  TxCollectionRef,
  UpdateResult,
} from './sdk';

const LOCKED = Symbol('serverOnly');

/** Written by a phone, so never trusted. */
export function isClientWritten(doc: Record<string, unknown>): boolean {
  return '_openid' in doc;
}

function missing(id: string): Error {
  return new Error(`document.get:fail document with _id ${id} does not exist`);
}

function lockedDoc(ref: DocRef, id: string): DocRef {
  return {
    get: async () => {
      const found = await ref.get();
      if (isClientWritten(found.data)) throw missing(id);
      return found;
    },
    set: (options) => ref.set(options),
    update: (options) => ref.update(options),
    remove: () => ref.remove(),
  };
}

class LockedQuery implements Query {
  constructor(
    private readonly db: Database,
    private readonly name: string,
    private readonly cond: Condition | undefined = undefined,
    private readonly order: [string, 'asc' | 'desc'][] = [],
    private readonly max: number | undefined = undefined,
  ) {}

  where(condition: Condition): Query {
    return new LockedQuery(this.db, this.name, condition, this.order, this.max);
  }
  orderBy(field: string, direction: 'asc' | 'desc'): Query {
    return new LockedQuery(this.db, this.name, this.cond, [...this.order, [field, direction]], this.max);
  }
  limit(n: number): Query {
    return new LockedQuery(this.db, this.name, this.cond, this.order, n);
  }

  private query(): Query {
    const _ = this.db.command;
    const serverOnly = { _openid: _.exists(false) };
    let q = this.db.collection(this.name).where(this.cond ? _.and([this.cond, serverOnly]) : serverOnly);
    for (const [field, dir] of this.order) q = q.orderBy(field, dir);
    return this.max === undefined ? q : q.limit(this.max);
  }

  get() {
    return this.query().get();
  }
  count() {
    return this.query().count();
  }
  update(options: { data: Record<string, unknown> }): Promise<UpdateResult> {
    return this.query().update(options);
  }
}

class LockedCollection extends LockedQuery implements CollectionRef {
  constructor(
    private readonly inner: Database,
    private readonly collectionName: string,
  ) {
    super(inner, collectionName);
  }

  aggregate(): Aggregate {
    const _ = this.inner.command;
    return this.inner
      .collection(this.collectionName)
      .aggregate()
      .match({ _openid: _.exists(false) });
  }
  doc(id: string): DocRef {
    return lockedDoc(this.inner.collection(this.collectionName).doc(id), id);
  }
  add(options: { data: Record<string, unknown> }) {
    return this.inner.collection(this.collectionName).add(options);
  }
}

function lockedTransaction(tx: Transaction): Transaction {
  return {
    collection: (name: string): TxCollectionRef => {
      const inner = tx.collection(name);
      return { doc: (id) => lockedDoc(inner.doc(id), id), add: (options) => inner.add(options) };
    },
    rollback: (reason) => tx.rollback(reason),
    commit: () => tx.commit(),
  };
}

/** The database as the adapters see it: client-written documents are invisible. */
export function serverOnly(db: Database): Database {
  if ((db as { [LOCKED]?: true })[LOCKED]) return db;
  return {
    [LOCKED]: true,
    command: db.command,
    RegExp: (options) => db.RegExp(options),
    collection: (name) => new LockedCollection(db, name),
    runTransaction: (body, times) => db.runTransaction((tx) => body(lockedTransaction(tx)), times),
    startTransaction: async () => lockedTransaction(await db.startTransaction()),
    createCollection: (name) => db.createCollection(name),
  } as Database;
}
