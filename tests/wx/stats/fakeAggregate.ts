// Aggregation pipelines for the cloud-database double: the stages and `db.command.aggregate` operators of
// adapters/wx/sdk.ts with MongoDB's semantics (array paths, missing fields, lookups matching array elements, the
// 20-document default without a limit stage). Kept apart from fakeDb.ts, which passes in its own query matcher.
import type { Aggregate, AggExpr, AggregateCommandFactory, Condition, StageSpec } from '../../../cloudfunctions/adapters/wx/sdk';

type Doc = Record<string, unknown>;
type Vars = Record<string, unknown>;

/** What the pipeline borrows from the double: its query matcher, value order and collections. */
export interface PipelineHost {
  matches(doc: Doc, cond: Condition): boolean;
  compare(a: unknown, b: unknown): number;
  documents(collection: string): Doc[];
}

const op =
  (name: string) =>
  (arg: unknown): AggExpr => ({ [name]: arg });

export const aggregateCommand: AggregateCommandFactory = {
  sum: op('$sum'), max: op('$max'), min: op('$min'), first: op('$first'), push: op('$push'), addToSet: op('$addToSet'),
  eq: op('$eq'), neq: op('$ne'), gt: op('$gt'), gte: op('$gte'), lt: op('$lt'), lte: op('$lte'), in: op('$in'),
  and: op('$and'), or: op('$or'), cond: op('$cond'), switch: op('$switch'), ifNull: op('$ifNull'), literal: op('$literal'),
  add: op('$add'), subtract: op('$subtract'), multiply: op('$multiply'), divide: op('$divide'),
  size: op('$size'), arrayElemAt: op('$arrayElemAt'), slice: op('$slice'), setDifference: op('$setDifference'),
  map: op('$map'), reduce: op('$reduce'), concat: op('$concat'), strLenCP: op('$strLenCP'),
  dateFromString: op('$dateFromString'), dateToString: op('$dateToString'),
};

const isObject = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** A dotted path; through an array it collects the field of every element, as MongoDB does. */
function resolve(value: unknown, path: string[]): unknown {
  if (path.length === 0) return value;
  if (Array.isArray(value)) return value.map((e) => resolve(e, path)).filter((e) => e !== undefined);
  if (!isObject(value)) return undefined;
  return resolve(value[path[0]!], path.slice(1));
}

function need<T>(ok: boolean, value: T, what: string): T {
  if (!ok) throw new Error(`聚合表达式错误：${what}`);
  return value;
}

const ACCUMULATORS = new Set(['$sum', '$max', '$min', '$first', '$push', '$addToSet']);

export function evaluate(expr: unknown, doc: Doc, vars: Vars, host: PipelineHost): unknown {
  if (typeof expr === 'string' && expr.startsWith('$$')) {
    const [name, ...path] = expr.slice(2).split('.');
    return resolve(name === 'ROOT' ? doc : vars[name!], path);
  }
  if (typeof expr === 'string' && expr.startsWith('$')) return resolve(doc, expr.slice(1).split('.'));
  if (Array.isArray(expr)) return expr.map((e) => evaluate(e, doc, vars, host));
  if (!isObject(expr)) return expr;
  const keys = Object.keys(expr);
  if (keys.length !== 1 || !keys[0]!.startsWith('$')) {
    return Object.fromEntries(keys.map((k) => [k, evaluate(expr[k], doc, vars, host)]).filter(([, v]) => v !== undefined));
  }
  const name = keys[0]!;
  const arg = expr[name];
  if (ACCUMULATORS.has(name)) throw new Error(`${name} 只能在 group 中使用`);
  if (name === '$literal') return arg;
  const ev = (e: unknown, v: Vars = vars) => evaluate(e, doc, v, host);
  const args = () => need(Array.isArray(arg), arg as unknown[], `${name} 需要数组参数`).map((a) => ev(a));
  const cmp = () => {
    const [a, b] = args();
    return host.compare(a ?? null, b ?? null);
  };
  const num = (v: unknown) => need(typeof v === 'number', v as number, `${name} 需要数字`);
  switch (name) {
    case '$eq': return cmp() === 0;
    case '$ne': return cmp() !== 0;
    case '$gt': return cmp() > 0;
    case '$gte': return cmp() >= 0;
    case '$lt': return cmp() < 0;
    case '$lte': return cmp() <= 0;
    case '$in': {
      const [v, list] = args();
      return need(Array.isArray(list), list as unknown[], '$in 的第二个参数必须是数组').some((e) => same(e, v));
    }
    case '$and': return args().every(Boolean);
    case '$or': return args().some(Boolean);
    case '$cond': {
      const c = arg as { if: unknown; then: unknown; else: unknown };
      return ev(c.if) ? ev(c.then) : ev(c.else);
    }
    case '$switch': {
      const s = arg as { branches: { case: unknown; then: unknown }[]; default: unknown };
      const hit = s.branches.find((b) => ev(b.case));
      return hit ? ev(hit.then) : need('default' in s, ev(s.default), '$switch 没有命中分支且没有 default');
    }
    case '$ifNull': {
      const [a, b] = args();
      return a === null || a === undefined ? b : a;
    }
    case '$add': {
      const vs = args();
      const date = vs.find((v) => v instanceof Date) as Date | undefined;
      const sum = vs.reduce<number>((s, v) => s + (v instanceof Date ? v.getTime() : num(v)), 0);
      return date ? new Date(sum) : sum;
    }
    case '$subtract': {
      const [a, b] = args();
      if (a === null || a === undefined || b === null || b === undefined) return null;
      const ms = (v: unknown) => (v instanceof Date ? v.getTime() : num(v));
      return a instanceof Date && !(b instanceof Date) ? new Date(ms(a) - ms(b)) : ms(a) - ms(b);
    }
    case '$multiply': return args().reduce<number>((p, v) => p * num(v), 1);
    case '$divide': {
      const [a, b] = args().map(num);
      return need(b !== 0, a! / b!, '$divide 除数为 0');
    }
    case '$size': {
      const v = ev(arg);
      return need(Array.isArray(v), (v as unknown[]).length, '$size 的参数必须是数组');
    }
    case '$arrayElemAt': {
      const [list, i] = args();
      if (list === null || list === undefined) return null;
      const a = need(Array.isArray(list), list as unknown[], '$arrayElemAt 需要数组');
      const k = num(i);
      return a[k < 0 ? a.length + k : k];
    }
    case '$slice': {
      const [list, n] = args();
      return need(Array.isArray(list), list as unknown[], '$slice 需要数组').slice(0, num(n));
    }
    case '$setDifference': {
      const [a, b] = args() as [unknown[], unknown[]];
      return a.filter((x, i) => !b.some((y) => same(x, y)) && a.findIndex((z) => same(z, x)) === i);
    }
    case '$map': {
      const m = arg as { input: unknown; as: string; in: unknown };
      const input = ev(m.input);
      if (input === null || input === undefined) return null;
      return need(Array.isArray(input), input as unknown[], '$map 需要数组').map((x) => ev(m.in, { ...vars, [m.as]: x }));
    }
    case '$reduce': {
      const r = arg as { input: unknown; initialValue: unknown; in: unknown };
      const input = ev(r.input);
      if (input === null || input === undefined) return null;
      return need(Array.isArray(input), input as unknown[], '$reduce 需要数组').reduce((value, x) => ev(r.in, { ...vars, value, this: x }), ev(r.initialValue));
    }
    case '$concat': {
      const vs = args();
      if (vs.some((v) => v === null || v === undefined)) return null;
      return vs.map((v) => need(typeof v === 'string', v as string, '$concat 只能连接字符串')).join('');
    }
    case '$strLenCP': {
      const v = ev(arg);
      return [...need(typeof v === 'string', v as string, '$strLenCP 需要字符串')].length;
    }
    case '$dateFromString': {
      const v = ev((arg as { dateString: unknown }).dateString);
      if (v === null || v === undefined) return null;
      const ms = Date.parse(need(typeof v === 'string', v as string, '$dateFromString 需要字符串'));
      return need(!Number.isNaN(ms), new Date(ms), `无法解析日期 ${String(v)}`);
    }
    case '$dateToString': {
      const d = arg as { date: unknown; format: string; timezone?: string };
      const v = ev(d.date);
      if (v === null || v === undefined) return null;
      const m = /^([+-])(\d\d):(\d\d)$/.exec(d.timezone ?? '+00:00');
      const offset = need(m !== null, 1, `时区写法不支持：${d.timezone}`) * (m![1] === '-' ? -1 : 1) * (Number(m![2]) * 60 + Number(m![3])) * 60_000;
      const iso = new Date(need(v instanceof Date, v as Date, '$dateToString 需要日期').getTime() + offset).toISOString();
      return d.format.replace('%Y', iso.slice(0, 4)).replace('%m', iso.slice(5, 7)).replace('%d', iso.slice(8, 10));
    }
    default:
      throw new Error(`替身不支持聚合操作符 ${name}`);
  }
}

function accumulate(spec: unknown, docs: Doc[], host: PipelineHost): unknown {
  const [name, arg] = Object.entries(need(isObject(spec), spec as Doc, 'group 字段必须是累加器'))[0]!;
  const values = docs.map((d) => evaluate(arg, d, {}, host));
  const present = values.filter((v) => v !== null && v !== undefined);
  switch (name) {
    case '$sum': return values.reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0);
    case '$max': return present.length ? present.reduce((a, b) => (host.compare(b, a) > 0 ? b : a)) : null;
    case '$min': return present.length ? present.reduce((a, b) => (host.compare(b, a) < 0 ? b : a)) : null;
    case '$first': return values[0] ?? null;
    case '$push': return values.filter((v) => v !== undefined);
    case '$addToSet': return values.filter((v, i) => v !== undefined && values.findIndex((w) => same(w, v)) === i);
    default: throw new Error(`group 不支持 ${name}`);
  }
}

type Stage = (docs: Doc[]) => Doc[];

export class FakeAggregate implements Aggregate {
  private readonly stages: Stage[] = [];
  private limited = false;

  constructor(
    private readonly host: PipelineHost,
    private readonly collection: string,
    private readonly tick: () => Promise<void>,
  ) {}

  private add(stage: Stage): Aggregate {
    this.stages.push(stage);
    return this;
  }

  private ev = (e: unknown, d: Doc) => evaluate(e, d, {}, this.host);

  match(condition: Condition): Aggregate {
    return this.add((docs) => docs.filter((d) => this.host.matches(d, condition)));
  }

  project(spec: StageSpec): Aggregate {
    const exclusion = Object.entries(spec).every(([, v]) => v === 0 || v === false);
    return this.add((docs) =>
      docs.map((d) => {
        if (exclusion) return Object.fromEntries(Object.entries(d).filter(([k]) => !(k in spec)));
        const out: Doc = spec._id === 0 || spec._id === false || d._id === undefined ? {} : { _id: d._id };
        for (const [k, v] of Object.entries(spec)) {
          if (k === '_id' && (v === 0 || v === false)) continue;
          const value = v === 1 || v === true ? resolve(d, k.split('.')) : this.ev(v, d);
          if (value !== undefined) out[k] = value;
        }
        return out;
      }),
    );
  }

  addFields(spec: StageSpec): Aggregate {
    return this.add((docs) => docs.map((d) => ({ ...d, ...Object.fromEntries(Object.entries(spec).map(([k, v]) => [k, this.ev(v, d)])) })));
  }

  group(spec: StageSpec & { _id: AggExpr }): Aggregate {
    return this.add((docs) => {
      const groups = new Map<string, { key: unknown; docs: Doc[] }>();
      for (const d of docs) {
        const key = this.ev(spec._id, d) ?? null;
        const id = JSON.stringify(key);
        if (!groups.has(id)) groups.set(id, { key, docs: [] });
        groups.get(id)!.docs.push(d);
      }
      return [...groups.values()].map(({ key, docs: members }) => ({
        _id: key,
        ...Object.fromEntries(Object.entries(spec).filter(([k]) => k !== '_id').map(([k, acc]) => [k, accumulate(acc, members, this.host)])),
      }));
    });
  }

  sort(spec: Record<string, 1 | -1>): Aggregate {
    const keys = Object.entries(spec);
    return this.add((docs) =>
      [...docs].sort((a, b) => {
        for (const [k, dir] of keys) {
          const c = this.host.compare(resolve(a, k.split('.')) ?? null, resolve(b, k.split('.')) ?? null);
          if (c !== 0) return dir * c;
        }
        return 0;
      }),
    );
  }

  skip(n: number): Aggregate {
    need(Number.isInteger(n) && n >= 0, n, 'skip 需要非负整数');
    return this.add((docs) => docs.slice(n));
  }

  limit(n: number): Aggregate {
    need(Number.isInteger(n) && n >= 1, n, 'limit 需要正整数');
    this.limited = true;
    return this.add((docs) => docs.slice(0, n));
  }

  lookup(spec: { from: string; localField: string; foreignField: string; as: string }): Aggregate {
    const values = (v: unknown) => (Array.isArray(v) ? v : [v ?? null]);
    return this.add((docs) => {
      const foreign = this.host.documents(spec.from);
      return docs.map((d) => {
        const local = values(resolve(d, spec.localField.split('.')));
        const joined = foreign.filter((f) => values(resolve(f, spec.foreignField.split('.'))).some((x) => local.some((y) => same(x, y))));
        return { ...d, [spec.as]: joined };
      });
    });
  }

  unwind(spec: string | { path: string; includeArrayIndex?: string; preserveNullAndEmptyArrays?: boolean }): Aggregate {
    const s = typeof spec === 'string' ? { path: spec } : spec;
    const field = need(s.path.startsWith('$'), s.path.slice(1), 'unwind 的 path 要以 $ 开头');
    return this.add((docs) =>
      docs.flatMap((d) => {
        const v = resolve(d, field.split('.'));
        const list = Array.isArray(v) ? v : v === null || v === undefined ? [] : [v];
        if (list.length === 0) return s.preserveNullAndEmptyArrays ? [d] : [];
        return list.map((e, i) => ({ ...d, [field]: e, ...(s.includeArrayIndex ? { [s.includeArrayIndex]: i } : {}) }));
      }),
    );
  }

  count(field: string): Aggregate {
    return this.add((docs) => (docs.length ? [{ [field]: docs.length }] : []));
  }

  async end(): Promise<{ list: Record<string, unknown>[] }> {
    await this.tick();
    let docs = this.host.documents(this.collection);
    for (const stage of this.stages) docs = stage(docs);
    // The server's default when no limit stage is given; up to 10000 with one.
    if (!this.limited) docs = docs.slice(0, 20);
    if (docs.length > 10_000) throw new Error('aggregate:fail 一次最多返回 10000 条');
    return { list: JSON.parse(JSON.stringify(docs)) as Doc[] };
  }
}
