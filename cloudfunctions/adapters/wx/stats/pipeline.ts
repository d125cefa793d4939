// Building blocks of the stats pipelines: period conditions, rule versions as a literal the pipeline indexes by date,
// "the smallest by key" over an array, and reading a pipeline's output within the database's result limits.
import { AppError } from '../../../core/errors';
import { addDays, dayStart, monthEnd, monthsOf, periodInstants } from '../../../core/stats/period';
import type { PeriodQuery } from '../../../core/stats/ports';
import type { AssessmentRule } from '../../../core/stats/rule';
import { ARTICLE_KINDS, PUBLICATION_LEVELS } from '../../../core/vocabulary';
import type { AggExpr, Aggregate, AggregateCommandFactory, Condition, Database } from '../sdk';

/** The cloud database answers at most this many documents per aggregate call. */
export const MAX_RESULT = 10_000;
export const ACCEPTED = ['accepted', 'used'];
/** 24:00 +08:00 of a date is 16:00 UTC of it: the end of a publication day (core/leads/timeliness). */
export const PUBLICATION_DAY_END_MS = 16 * 3_600_000;

/** Every output document of a pipeline whose output is a bounded set of groups; refuses to return a cut list. */
export async function all<T>(agg: Aggregate): Promise<T[]> {
  const { list } = await agg.limit(MAX_RESULT).end();
  if (list.length >= MAX_RESULT) throw new AppError('INTERNAL', '统计分组超过云数据库单次返回上限，请缩短统计区间');
  return list as T[];
}

/** Leads (or articles) created in the period: ISO instants compare as strings. */
export function createdIn(db: Database, q: PeriodQuery): Condition {
  const { start, end } = periodInstants(q.from, q.to);
  return { townshipId: q.townshipId, createdAt: db.command.and([db.command.gte(start), db.command.lt(end)]) };
}

/** Publications dated in the period (calendar dates, both inclusive). */
export function publishedIn(db: Database, q: PeriodQuery): Condition {
  const _ = db.command;
  return { townshipId: q.townshipId, publishedAt: _.and([_.gte(q.from), _.lte(q.to)]) };
}

/** The month (YYYY-MM, Asia/Shanghai) of `$createdAt` among the months of the period, by instant bounds. */
export function monthOf($: AggregateCommandFactory, from: string, to: string, field = '$createdAt'): AggExpr {
  const months = monthsOf(from, to);
  return $.switch({
    branches: months.slice(0, -1).map((m) => ({ case: $.lt([field, dayStart(addDays(monthEnd(m), 1))]), then: m })),
    default: months[months.length - 1]!,
  });
}

/** Rule versions flattened for the pipeline: `$r.p.provincial`, `$r.k.profile`, `$r.split`… */
function ruleLiteral(rules: AssessmentRule[]) {
  return rules.map((r) => ({
    id: r.id,
    ls: r.leadSubmitted,
    la: r.leadAccepted,
    p: r.publication,
    k: r.kindBonus,
    lmin: r.longArticle.minChars,
    lb: r.longArticle.bonus,
    counting: r.levelCounting,
    split: r.creditSplit,
  }));
}

/**
 * The version in effect for the event whose date field is `field` (versions come in effect order, core ruleVersions):
 * the latest whose start ≤ the event, else the first. `bound` turns a version's date into the field's terms.
 */
export function ruleOf(
  $: AggregateCommandFactory,
  rules: AssessmentRule[],
  field: string,
  bound: (date: string) => string = (d) => d,
): AggExpr {
  const index =
    rules.length <= 1
      ? 0
      : $.switch({
          branches: rules
            .map((r, i) => ({ case: $.gte([field, bound(r.effectiveFrom)]), then: i }))
            .slice(1)
            .reverse(),
          default: 0,
        });
  return $.arrayElemAt([$.literal(ruleLiteral(rules)), index]);
}

/** `$r.p.<level>` of the event's level, `$r.k.<kind>` of its kind. */
export const levelPoints = ($: AggregateCommandFactory, level: AggExpr) =>
  $.switch({ branches: PUBLICATION_LEVELS.map((l) => ({ case: $.eq([level, l]), then: `$r.p.${l}` })), default: 0 });
export const kindPoints = ($: AggregateCommandFactory, kind: AggExpr) =>
  $.switch({ branches: ARTICLE_KINDS.map((k) => ({ case: $.eq([kind, k]), then: `$r.k.${k}` })), default: 0 });

/** Level order as one letter, `a` highest, so "highest level, then earliest, then id" is the smallest string. */
export const TOP_LETTER: Record<string, string> = {
  national: 'a',
  provincial: 'b',
  municipal: 'c',
  county: 'd',
  own: 'e',
  newmedia: 'f',
};

/** The sort key of a publication `v` (a `$$variable`): top first, or first published. */
export function topKey($: AggregateCommandFactory, v: string): AggExpr {
  const letter = $.switch({
    branches: Object.entries(TOP_LETTER).map(([l, c]) => ({ case: $.eq([`${v}.level`, l]), then: c })),
    default: 'f',
  });
  return $.concat([letter, `${v}.publishedAt`, '|', `${v}._id`]);
}
export const firstKey = ($: AggregateCommandFactory, v: string): AggExpr =>
  $.concat([`${v}.publishedAt`, '|', `${v}._id`]);

/** The element of `input` with the smallest key, or null for an empty array. */
export function minBy($: AggregateCommandFactory, input: AggExpr, key: (v: string) => AggExpr): AggExpr {
  return $.reduce({
    input,
    initialValue: null,
    in: $.cond({
      if: $.or([$.eq(['$$value', null]), $.lt([key('$$this'), key('$$value')])]),
      then: '$$this',
      else: '$$value',
    }),
  });
}

/** The Shanghai calendar date of an ISO instant field. */
export const shanghaiDay = ($: AggregateCommandFactory, field: string): AggExpr =>
  $.dateToString({ date: $.dateFromString({ dateString: field }), format: '%Y-%m-%d', timezone: '+08:00' });

/** Median in hours (one decimal) of a pipeline's numeric `ms` field, reading only its one or two middle values. */
export async function medianHours(pipeline: () => Aggregate): Promise<number | null> {
  const [counted] = await all<{ n: number }>(pipeline().count('n'));
  const n = counted?.n ?? 0;
  if (n === 0) return null;
  const { list } = await pipeline()
    .sort({ ms: 1 })
    .skip(Math.floor((n - 1) / 2))
    .limit(2 - (n % 2))
    .end();
  const hours = list.map((r) => Math.max(0, Number(r.ms) / 3_600_000));
  return Math.round((hours.reduce((s, h) => s + h, 0) / hours.length) * 10) / 10;
}
