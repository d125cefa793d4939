// collection.aggregate() of the double: the stages are collected as a MongoDB pipeline and run by mingo.
import { aggregate } from 'mingo';
import type { Aggregate, AggExpr, Condition, StageSpec } from '../../../cloudfunctions/adapters/wx/sdk';
import { byKey, criteriaFields, toCriteria } from './query';

type Doc = Record<string, unknown>;
type LookupSpec = { from: string; localField: string; foreignField: string; as: string };

/** A dotted path's values; through arrays it collects every element, and a missing value is null, as in MongoDB. */
function values(doc: unknown, path: string[]): unknown[] {
  if (path.length === 0) return Array.isArray(doc) ? doc : [doc ?? null];
  if (Array.isArray(doc)) return doc.flatMap((e) => values(e, path));
  if (typeof doc !== 'object' || doc === null) return [null];
  return values((doc as Doc)[path[0]!], path.slice(1));
}
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Without a limit stage at the end, the server answers 20 documents (Aggregate.limit: "默认返回 20 条"), and at most
 * 10,000 with one: developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-server-api/database/aggregate/
 * Aggregate.limit.html and .../guide/database/aggregation/aggregation.html.
 */
export const AGGREGATE_DEFAULT = 20;
export const AGGREGATE_MAX = 10_000;

export interface PipelineHost {
  documents(collection: string): Doc[];
  readonly queryShapes: { collection: string; fields: string[]; sort: string[]; byKey: boolean }[];
  roundTrip(op: string, collection: string): Promise<void>;
}

export class FakeAggregate implements Aggregate {
  private readonly stages: Doc[] = [];

  constructor(
    private readonly host: PipelineHost,
    private readonly collection: string,
  ) {}

  private add(stage: Doc): Aggregate {
    this.stages.push(stage);
    return this;
  }

  match(condition: Condition): Aggregate {
    return this.add({ $match: toCriteria(condition) });
  }
  project(spec: StageSpec): Aggregate {
    return this.add({ $project: spec });
  }
  addFields(spec: StageSpec): Aggregate {
    return this.add({ $addFields: spec });
  }
  group(spec: StageSpec & { _id: AggExpr }): Aggregate {
    return this.add({ $group: spec });
  }
  sort(spec: Record<string, 1 | -1>): Aggregate {
    return this.add({ $sort: spec });
  }
  skip(n: number): Aggregate {
    if (!Number.isInteger(n) || n < 0) throw new Error('skip 需要非负整数');
    return this.add({ $skip: n });
  }
  limit(n: number): Aggregate {
    if (!Number.isInteger(n) || n < 1) throw new Error('limit 需要正整数');
    return this.add({ $limit: n });
  }
  lookup(spec: { from: string; localField: string; foreignField: string; as: string }): Aggregate {
    return this.add({ $lookup: spec });
  }
  unwind(spec: string | { path: string; includeArrayIndex?: string; preserveNullAndEmptyArrays?: boolean }): Aggregate {
    return this.add({ $unwind: spec });
  }
  /** MongoDB answers no document when nothing reaches $count; mingo 7.2.7 answers {field: 0}, so it is spelled out. */
  count(field: string): Aggregate {
    this.stages.push({ $group: { _id: null, [field]: { $sum: 1 } } });
    return this.add({ $project: { _id: 0, [field]: 1 } });
  }

  /**
   * MongoDB's equality $lookup: a foreign document joins when any of its foreignField values equals any localField
   * value. Done here because mingo 7.2.7 answers [null] instead of [] for an array localField without a match.
   */
  private join(docs: Doc[], spec: LookupSpec): Doc[] {
    const foreign = this.host.documents(spec.from);
    return docs.map((d) => {
      const local = values(d, spec.localField.split('.'));
      const joined = foreign.filter((f) =>
        values(f, spec.foreignField.split('.')).some((v) => local.some((l) => same(l, v))),
      );
      return { ...d, [spec.as]: joined };
    });
  }

  async end(): Promise<{ list: Doc[] }> {
    await this.host.roundTrip('aggregate', this.collection);
    // What reaches the collection itself: the leading $match stages and a $sort right after them.
    const cut = this.stages.findIndex((st) => !('$match' in st));
    const leading = cut === -1 ? this.stages : this.stages.slice(0, cut);
    const next = this.stages[leading.length];
    this.host.queryShapes.push({
      collection: this.collection,
      fields: leading.flatMap((st) => criteriaFields(st.$match)),
      byKey: leading.some((st) => byKey(st.$match)),
      sort: next && '$sort' in next ? Object.keys(next.$sort as Doc) : [],
    });
    const last = this.stages[this.stages.length - 1];
    let out = this.host.documents(this.collection);
    let run: Doc[] = [];
    for (const stage of [...this.stages, null]) {
      if (stage && !('$lookup' in stage)) {
        run.push(stage);
        continue;
      }
      out = run.length ? (aggregate(out, run) as Doc[]) : out;
      run = [];
      if (stage) out = this.join(out, stage.$lookup as LookupSpec);
    }
    const list = last && '$limit' in last ? out : out.slice(0, AGGREGATE_DEFAULT);
    if (list.length > AGGREGATE_MAX) throw new Error(`aggregate:fail 一次最多返回 ${AGGREGATE_MAX} 条`);
    return { list: JSON.parse(JSON.stringify(list)) as Doc[] };
  }
}
