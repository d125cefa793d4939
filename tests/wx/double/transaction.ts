// Transactions of the double, as documented (developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/database/
// transaction.html): only single-document operations by doc() and add() inside, no where() or aggregate; writes are
// invisible to others until commit; a commit fails when a document the transaction touched was changed meanwhile
// (snapshot isolation), and runTransaction reruns the body on such a conflict.
import type { Doc, DocRef, Transaction, TxCollectionRef } from '../../../cloudfunctions/adapters/wx/sdk';
import type { FakeDb } from '../fakeDb';
import { applyUpdate, duplicateKey, rejectKey } from '../fakeDb';

export const TX_CONFLICT = Symbol('transaction conflict');

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

export class FakeTransaction implements Transaction {
  /** collection/id → the document as this transaction will leave it (null: removed). */
  private readonly staged = new Map<string, { collection: string; id: string; doc: Doc | null }>();
  /** collection/id → the document's version when this transaction first touched it. */
  private readonly seen = new Map<string, number>();
  private state: 'open' | 'done' | { rolledBack: unknown } = 'open';

  constructor(private readonly db: FakeDb) {}

  private open(): void {
    if (this.state !== 'open') throw new Error('transaction:fail 事务已经结束');
  }

  private current(collection: string, id: string): Doc | null {
    const key = `${collection}/${id}`;
    if (!this.seen.has(key)) this.seen.set(key, this.db.version(collection, id));
    const staged = this.staged.get(key);
    if (staged) return staged.doc;
    return this.db.table(collection).get(id) ?? null;
  }

  private stage(collection: string, id: string, doc: Doc | null): void {
    this.staged.set(`${collection}/${id}`, { collection, id, doc });
  }

  collection(name: string): TxCollectionRef {
    const refuse = (what: string) => () => {
      throw new Error(`transaction:fail 事务中只能用 doc() 或 add() 操作单个记录，不能使用 ${what}`);
    };
    return Object.assign(
      {
        doc: (id: string) => this.doc(name, id),
        add: async ({ data }: { data: Record<string, unknown> }) => {
          this.open();
          await this.db.roundTrip('tx.add', name);
          const id = typeof data._id === 'string' ? data._id : this.db.nextId();
          if (this.current(name, id)) throw duplicateKey(id);
          this.stage(name, id, { ...clone(data), _id: id });
          return { _id: id };
        },
      },
      { where: refuse('where'), aggregate: refuse('aggregate'), get: refuse('get'), count: refuse('count') },
    );
  }

  private doc(name: string, id: string): DocRef {
    return {
      get: async () => {
        this.open();
        await this.db.roundTrip('tx.doc.get', name);
        const doc = this.current(name, id);
        if (!doc) throw new Error(`document.get:fail document with _id ${id} does not exist`);
        return { data: clone(doc) };
      },
      set: async ({ data }) => {
        this.open();
        rejectKey(data, 'document.set');
        await this.db.roundTrip('tx.doc.set', name);
        this.current(name, id);
        this.stage(name, id, { ...clone(data), _id: id });
        return { _id: id };
      },
      update: async ({ data }) => {
        this.open();
        rejectKey(data, 'document.update');
        await this.db.roundTrip('tx.doc.update', name);
        const doc = this.current(name, id);
        if (!doc) return { stats: { updated: 0 } };
        const next = clone(doc);
        applyUpdate(next, data);
        this.stage(name, id, next);
        return { stats: { updated: 1 } };
      },
      remove: async () => {
        this.open();
        await this.db.roundTrip('tx.doc.remove', name);
        const had = this.current(name, id) !== null;
        this.stage(name, id, null);
        return { stats: { removed: had ? 1 : 0 } };
      },
    };
  }

  async rollback(reason?: unknown): Promise<void> {
    this.open();
    this.state = { rolledBack: reason };
  }

  async commit(): Promise<void> {
    this.open();
    await this.db.roundTrip('transaction.commit', '');
    for (const [key, version] of this.seen) {
      const [collection, id] = [key.slice(0, key.indexOf('/')), key.slice(key.indexOf('/') + 1)];
      if (this.db.version(collection, id) !== version) {
        this.state = 'done';
        throw Object.assign(new Error('transaction:fail 事务冲突，记录已被其他请求修改'), { [TX_CONFLICT]: true });
      }
    }
    for (const { collection, id, doc } of this.staged.values()) this.db.write(collection, id, doc);
    this.state = 'done';
  }

  /** The end of runTransaction's body: a rollback rejects with its reason, otherwise commit. */
  async finish(): Promise<void> {
    if (typeof this.state === 'object') throw this.state.rolledBack;
    await this.commit();
  }

  abort(): void {
    if (this.state === 'open') this.state = 'done';
  }
}
