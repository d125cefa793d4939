// An in-memory double of the cloud database slice in adapters/wx/sdk.ts, with the real one's MongoDB semantics:
// array fields match any element, ranges compare only like types, duplicate `_id` adds fail, updates report stats.
import type {
  CollectionRef,
  Condition,
  Database,
  DbCommand,
  DbCommandFactory,
  Doc,
  DocRef,
  Query,
  UpdateResult,
  Aggregate,
} from '../../cloudfunctions/adapters/wx/sdk';
import { aggregateCommand, FakeAggregate } from './stats/fakeAggregate';

type Op = 'eq' | 'in' | 'gt' | 'gte' | 'lt' | 'lte' | 'neq' | 'and' | 'or' | 'inc';

class Cmd implements DbCommand {
  constructor(
    readonly op: Op,
    readonly arg: unknown,
  ) {}
}

export const command: DbCommandFactory = {
  eq: (v) => new Cmd('eq', v),
  in: (vs) => new Cmd('in', vs),
  gt: (v) => new Cmd('gt', v),
  gte: (v) => new Cmd('gte', v),
  lt: (v) => new Cmd('lt', v),
  lte: (v) => new Cmd('lte', v),
  neq: (v) => new Cmd('neq', v),
  and: (cs) => new Cmd('and', cs),
  or: (cs) => new Cmd('or', cs),
  inc: (n) => new Cmd('inc', n),
  aggregate: aggregateCommand,
};

/** db.RegExp: matches string fields only, like the server. */
export class FakeRegExp {
  readonly re: RegExp;
  constructor(options: { regexp: string; options?: string }) {
    this.re = new RegExp(options.regexp, options.options ?? '');
  }
}

const clone = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));
const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Cmd) && !(v instanceof FakeRegExp);

/** BSON's order of types: null < numbers < strings < objects < arrays < booleans. */
function typeRank(v: unknown): number {
  if (v === null || v === undefined) return 0;
  if (typeof v === 'number') return 1;
  if (typeof v === 'string') return 2;
  if (Array.isArray(v)) return 4;
  if (typeof v === 'boolean') return 5;
  return 3;
}

export function compareValues(a: unknown, b: unknown): number {
  const ra = typeRank(a);
  const rb = typeRank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 1 || ra === 5) return Number(a) - Number(b);
  if (ra === 2) return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0;
  return JSON.stringify(a) < JSON.stringify(b) ? -1 : JSON.stringify(a) > JSON.stringify(b) ? 1 : 0;
}

const deepEqual = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function fieldValue(doc: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (isPlain(v) ? v[k] : undefined), doc);
}

/** One scalar test; an array field passes when any element passes (and eq also matches the whole array). */
function testValue(value: unknown, test: unknown): boolean {
  if (test instanceof FakeRegExp) return typeof value === 'string' && test.re.test(value);
  if (!(test instanceof Cmd)) return deepEqual(value, test) || (Array.isArray(value) && value.some((e) => deepEqual(e, test)));
  const any = (f: (v: unknown) => boolean) => f(value) || (Array.isArray(value) && value.some(f));
  switch (test.op) {
    case 'eq':
      return testValue(value, test.arg);
    case 'in':
      if (!Array.isArray(test.arg)) throw new Error('db.command.in 需要数组');
      return (test.arg as unknown[]).some((t) => testValue(value, t));
    case 'gt':
      return any((v) => typeRank(v) === typeRank(test.arg) && compareValues(v, test.arg) > 0);
    case 'gte':
      return any((v) => typeRank(v) === typeRank(test.arg) && compareValues(v, test.arg) >= 0);
    case 'lt':
      return any((v) => typeRank(v) === typeRank(test.arg) && compareValues(v, test.arg) < 0);
    case 'lte':
      return any((v) => typeRank(v) === typeRank(test.arg) && compareValues(v, test.arg) <= 0);
    case 'neq':
      return !testValue(value, test.arg);
    case 'and':
      return (test.arg as unknown[]).every((t) => testValue(value, t));
    case 'or':
      return (test.arg as unknown[]).some((t) => testValue(value, t));
    default:
      throw new Error(`查询条件里不能使用更新操作符 ${test.op}`);
  }
}

export function matches(doc: Record<string, unknown>, cond: Condition): boolean {
  if (cond instanceof Cmd) {
    if (cond.op !== 'and' && cond.op !== 'or') throw new Error(`顶层条件只能是 and/or，而不是 ${cond.op}`);
    const parts = cond.arg as Condition[];
    return cond.op === 'and' ? parts.every((c) => matches(doc, c)) : parts.some((c) => matches(doc, c));
  }
  return Object.entries(cond).every(([field, test]) => {
    if (test === undefined) throw new Error(`查询条件 ${field} 的值是 undefined`);
    if (isPlain(test)) return matches(isPlain(doc[field]) ? (doc[field] as Record<string, unknown>) : {}, test);
    return testValue(fieldValue(doc, field), test);
  });
}

/** Update semantics: `_.inc` adds, nested plain objects merge, everything else (arrays included) replaces. */
function applyUpdate(target: Record<string, unknown>, data: Record<string, unknown>): void {
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

function rejectKey(data: Record<string, unknown>, where: string): void {
  if ('_id' in data) throw new Error(`${where}:fail 不能修改 _id`);
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The store of every collection; each operation waits a turn, then runs whole, like one server-side document write. */
export class FakeDb implements Database {
  readonly command = command;
  readonly RegExp = (options: { regexp: string; options?: string }) => new FakeRegExp(options);
  readonly data = new Map<string, Map<string, Doc>>();
  /** Every get() as [collection, number of documents returned], for tests about paging. */
  readonly reads: [string, number][] = [];
  private seq = 0;

  table(name: string): Map<string, Doc> {
    let t = this.data.get(name);
    if (!t) this.data.set(name, (t = new Map()));
    return t;
  }

  /** Test helper: the stored documents of a collection, copied. */
  all(name: string): Doc[] {
    return [...this.table(name).values()].map(clone);
  }

  nextId(): string {
    return `auto${String(++this.seq).padStart(8, '0')}`;
  }

  collection(name: string): CollectionRef {
    return new FakeCollection(this, name, undefined, [], undefined);
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

  /** Pipelines run over copies of the collection, with this double's matcher and value order. */
  aggregate(): Aggregate {
    const host = { matches, compare: compareValues, documents: (name: string) => this.db.all(name) };
    return new FakeAggregate(host, this.name, tick);
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
    if (!Number.isInteger(n) || n < 1 || n > 1000) throw new Error(`limit 必须是 1 到 1000 的整数，收到 ${n}`);
    return new FakeCollection(this.db, this.name, this.cond, this.order, n);
  }

  private matching(): Doc[] {
    const docs = [...this.db.table(this.name).values()].filter((d) => !this.cond || matches(d, this.cond));
    return docs.sort((a, b) => {
      for (const [field, dir] of this.order) {
        const c = compareValues(fieldValue(a, field), fieldValue(b, field));
        if (c !== 0) return dir === 'asc' ? c : -c;
      }
      return 0;
    });
  }

  async get(): Promise<{ data: Doc[] }> {
    await tick();
    const data = this.matching().slice(0, this.max ?? 100).map(clone);
    this.db.reads.push([this.name, data.length]);
    return { data };
  }

  async count(): Promise<{ total: number }> {
    await tick();
    return { total: this.matching().length };
  }

  async update(options: { data: Record<string, unknown> }): Promise<UpdateResult> {
    if (!this.cond) throw new Error('collection.update:fail 批量更新必须带 where 条件');
    rejectKey(options.data, 'collection.update');
    await tick();
    const hits = this.matching();
    for (const doc of hits) applyUpdate(this.db.table(this.name).get(doc._id)!, options.data);
    return { stats: { updated: hits.length } };
  }

  async add(options: { data: Record<string, unknown> }): Promise<{ _id: string }> {
    await tick();
    const table = this.db.table(this.name);
    const id = options.data._id === undefined ? this.db.nextId() : options.data._id;
    if (typeof id !== 'string') throw new Error('collection.add:fail _id 必须是字符串');
    if (table.has(id)) {
      throw Object.assign(new Error(`collection.add:fail -502001 database request fail. E11000 duplicate key error: ${id}`), {
        errCode: -502001,
      });
    }
    table.set(id, { ...clone(options.data), _id: id });
    return { _id: id };
  }

  doc(id: string): DocRef {
    const table = () => this.db.table(this.name);
    return {
      get: async () => {
        await tick();
        const doc = table().get(id);
        if (!doc) throw new Error(`document.get:fail document with _id ${id} does not exist`);
        return { data: clone(doc) };
      },
      set: async ({ data }) => {
        rejectKey(data, 'document.set');
        await tick();
        table().set(id, { ...clone(data), _id: id });
        return { _id: id };
      },
      update: async ({ data }) => {
        rejectKey(data, 'document.update');
        await tick();
        const doc = table().get(id);
        if (doc) applyUpdate(doc, data);
        return { stats: { updated: doc ? 1 : 0 } };
      },
      remove: async () => {
        await tick();
        return { stats: { removed: table().delete(id) ? 1 : 0 } };
      },
    };
  }
}
