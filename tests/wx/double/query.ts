// The cloud database's query language (db.command, db.RegExp, nested where objects) translated into MongoDB criteria
// and run by mingo, so the double answers with real MongoDB semantics instead of a hand-written matcher.
// Query semantics of the platform: developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/database/query.html and
// .../reference-server-api/database/command/Command.html (each command mirrors the MongoDB operator of its name).
import { aggregate, Query } from 'mingo';
import type { Condition, DbCommand, DbCommandFactory } from '../../../cloudfunctions/adapters/wx/sdk';
import { aggregateCommand } from './aggregateCommand';

type Op = 'eq' | 'in' | 'gt' | 'gte' | 'lt' | 'lte' | 'neq' | 'exists' | 'and' | 'or' | 'inc';
type Criteria = Record<string, unknown>;

export class Cmd implements DbCommand {
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
  exists: (v) => new Cmd('exists', v),
  and: (cs) => new Cmd('and', cs),
  or: (cs) => new Cmd('or', cs),
  inc: (n) => new Cmd('inc', n),
  aggregate: aggregateCommand,
};

/** db.RegExp({regexp, options}) of the platform: a $regex on string fields. */
export class FakeRegExp {
  readonly re: RegExp;
  constructor(options: { regexp: string; options?: string }) {
    this.re = new RegExp(options.regexp, options.options ?? '');
  }
}

export const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Cmd) && !(v instanceof FakeRegExp);

const COMPARISON: Partial<Record<Op, string>> = {
  eq: '$eq',
  in: '$in',
  gt: '$gt',
  gte: '$gte',
  lt: '$lt',
  lte: '$lte',
  neq: '$ne',
  exists: '$exists',
};

function fieldCriteria(field: string, test: unknown): Criteria {
  if (test === undefined) throw new Error(`查询条件 ${field} 的值是 undefined`);
  if (test instanceof FakeRegExp) return { [field]: test.re };
  if (!(test instanceof Cmd)) {
    // A nested object in where() names sub-fields ({a: {b: 1}} is 'a.b': 1), not a whole-object match.
    if (isPlain(test)) return and(Object.entries(test).map(([k, v]) => fieldCriteria(`${field}.${k}`, v)));
    return { [field]: test };
  }
  if (test.op === 'and' || test.op === 'or') {
    const parts = (test.arg as unknown[]).map((t) => fieldCriteria(field, t));
    return { [`$${test.op}`]: parts };
  }
  const op = COMPARISON[test.op];
  if (!op) throw new Error(`查询条件里不能使用更新操作符 ${test.op}`);
  if (test.op === 'in' && !Array.isArray(test.arg)) throw new Error('db.command.in 需要数组');
  return { [field]: { [op]: test.arg instanceof FakeRegExp ? test.arg.re : test.arg } };
}

const and = (parts: Criteria[]): Criteria => (parts.length === 1 ? parts[0]! : { $and: parts });

/** A where() condition → MongoDB criteria. */
export function toCriteria(cond: Condition): Criteria {
  if (cond instanceof Cmd) {
    if (cond.op !== 'and' && cond.op !== 'or') throw new Error(`顶层条件只能是 and/or，而不是 ${cond.op}`);
    return { [`$${cond.op}`]: (cond.arg as Condition[]).map(toCriteria) };
  }
  if (!isPlain(cond)) throw new Error('where 需要对象条件');
  const parts = Object.entries(cond).map(([field, test]) => fieldCriteria(field, test));
  return parts.length === 0 ? {} : and(parts);
}

export function matcher(cond: Condition | undefined): (doc: Record<string, unknown>) => boolean {
  if (!cond) return () => true;
  const query = new Query(toCriteria(cond));
  return (doc) => query.test(doc);
}

/** MongoDB's sort order (type brackets, arrays by their smallest element) on several keys. */
export function sortDocs<T extends Record<string, unknown>>(docs: T[], order: [string, 'asc' | 'desc'][]): T[] {
  if (order.length === 0) return docs;
  const spec = Object.fromEntries(order.map(([field, dir]) => [field, dir === 'asc' ? 1 : -1]));
  return aggregate(docs, [{ $sort: spec }]) as T[];
}

/** The fields a criteria object tests (through $and/$or), for the index check of tests/wx/indexes.test.ts. */
export function criteriaFields(criteria: unknown): string[] {
  if (Array.isArray(criteria)) return criteria.flatMap(criteriaFields);
  if (!isPlain(criteria)) return [];
  return Object.entries(criteria).flatMap(([key, value]) => (key.startsWith('$') ? criteriaFields(value) : [key]));
}

/** True when the criteria pins `_id` to one value or a list: the primary key serves it whatever else it tests. */
export function byKey(criteria: unknown): boolean {
  if (!isPlain(criteria)) return false;
  if (Array.isArray(criteria.$and) && criteria.$and.some(byKey)) return true;
  const id = criteria._id;
  return typeof id === 'string' || (isPlain(id) && ('$eq' in id || '$in' in id));
}
