// The scored events of a period as pipeline stages (mirroring core/stats/scoring.ts): leads scored by the version of
// their Shanghai creation date; publications by the version of their date, with the article's top publication,
// first publication, bonuses and credit split worked out in the database, one document per (publication, recipient).
import { dayStart } from '../../../core/stats/period';
import type { ScoredQuery } from '../../../core/stats/ports';
import { NO_UNIT_ID } from '../../../core/stats/ranking';
import { COLLECTIONS as C } from '../documents';
import type { AggExpr, Aggregate, Condition, Database } from '../sdk';
import { ACCEPTED, createdIn, firstKey, kindPoints, levelPoints, minBy, publishedIn, ruleOf, topKey } from './pipeline';

/** Whose row an event counts for: a reporter (account id) or a unit (`none` for no or unknown unit). */
export type RowKey = { by: 'reporter' } | { by: 'unit'; units: string[] };

/** Only the events of one reporter or one unit (explain), or all of them (ranking). */
export type RowFilter = { accountId: string } | { unitId: string } | null;

const unitKey = (db: Database, field: AggExpr, units: string[]): AggExpr => {
  const $ = db.command.aggregate;
  return $.cond({ if: $.in([$.ifNull([field, null]), units]), then: field, else: NO_UNIT_ID });
};

/** The period's leads, restricted to one author or one unit's leads when explaining. */
function leadMatch(db: Database, q: ScoredQuery, units: string[], filter: RowFilter): Condition {
  const _ = db.command;
  const base = createdIn(db, q);
  if (!filter) return base;
  if ('accountId' in filter) return { ...base, authorId: filter.accountId };
  if (filter.unitId !== NO_UNIT_ID) return { ...base, unitId: filter.unitId };
  // The no-unit row: leads without a unit, or of a unit the township no longer has.
  return units.length ? _.and([base, _.or([{ unitId: null }, { unitId: _.and(units.map((u) => _.neq(u))) }])]) : base;
}

/** Leads of the period with `r` (their rule version), `row` and `acc` (1 when accepted). */
export function leadEvents(db: Database, q: ScoredQuery, key: RowKey, filter: RowFilter): Aggregate {
  const $ = db.command.aggregate;
  const units = key.by === 'unit' ? key.units : [];
  return db
    .collection(C.leads)
    .aggregate()
    .match(leadMatch(db, q, units, filter))
    .project({
      title: 1,
      createdAt: 1,
      row: key.by === 'unit' ? unitKey(db, '$unitId', units) : '$authorId',
      acc: $.cond({ if: $.in(['$status', ACCEPTED]), then: 1, else: 0 }),
      r: ruleOf($, q.rules, '$createdAt', dayStart),
    });
}

/**
 * Publications of the period that score (counted at their level, or first publication carrying a bonus), one
 * document per recipient: pubPts (when counted), kb/lb bonuses, share of the credit split, acc and unit of the recipient.
 */
export function publicationEvents(db: Database, q: ScoredQuery, units: string[], filter: RowFilter): Aggregate {
  const $ = db.command.aggregate;
  const _ = db.command;
  const article = (field: string) => $.arrayElemAt([`$art.${field}`, 0]);
  let events = db
    .collection(C.publications)
    .aggregate()
    .match(publishedIn(db, q))
    // Every publication of the same article (any date): "highest level only" and "first publication" look at all.
    .lookup({ from: C.publications, localField: 'articleId', foreignField: 'articleId', as: 'sib' })
    .lookup({ from: C.articles, localField: 'articleId', foreignField: '_id', as: 'art' })
    .project({
      articleId: 1,
      level: 1,
      publishedAt: 1,
      outlet: 1,
      title: article('title'),
      kind: article('kind'),
      credits: $.ifNull([article('credits'), []]),
      len: $.strLenCP($.ifNull([article('body'), ''])),
      top: minBy($, '$sib', (v) => topKey($, v)),
      first: minBy($, '$sib', (v) => firstKey($, v)),
      r: ruleOf($, q.rules, '$publishedAt'),
    })
    .addFields({
      counted: $.or([$.eq(['$r.counting', 'every']), $.eq(['$top._id', '$_id'])]),
      isFirst: $.eq(['$first._id', '$_id']),
      n: $.size('$credits'),
    })
    .addFields({
      pubPts: $.cond({ if: '$counted', then: levelPoints($, '$level'), else: 0 }),
      kb: $.cond({ if: '$isFirst', then: kindPoints($, '$kind'), else: 0 }),
      lb: $.cond({ if: $.and(['$isFirst', $.gte(['$len', '$r.lmin'])]), then: '$r.lb', else: 0 }),
    })
    .match(_.or([{ counted: true }, { kb: _.gt(0) }, { lb: _.gt(0) }]))
    .unwind({ path: '$credits', includeArrayIndex: 'ci' })
    .addFields({
      take: $.or([$.neq(['$r.split', 'first']), $.eq(['$ci', 0])]),
      share: $.cond({ if: $.eq(['$r.split', 'equal']), then: $.divide([1, '$n']), else: 1 }),
    })
    .match({ take: true });
  if (filter && 'accountId' in filter) events = events.match({ credits: filter.accountId });
  // The recipient's unit is the account's unit today (as in the reference and the SQL).
  events = events
    .lookup({ from: C.accounts, localField: 'credits', foreignField: '_id', as: 'who' })
    .addFields({ acc: '$credits', unit: unitKey(db, $.arrayElemAt(['$who.unitId', 0]), units) });
  return filter && 'unitId' in filter ? events.match({ unit: filter.unitId }) : events;
}
