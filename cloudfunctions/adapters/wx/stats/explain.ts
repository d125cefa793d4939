// stats.explain on the cloud database: the total from the same grouping as the ranking, and one page of the events
// behind it, each source sorted and cut after the cursor in the database, the two pages merged here.
import type { CursorKey, Page } from '../../../core/cursor';
import type { ExplainQuery } from '../../../core/stats/ports';
import type { ExplainItem } from '../../../core/stats/ranking';
import { cmp } from '../../../core/stats/referenceFigures';
import { round2 } from '../../../core/stats/scoring';
import type { PublicationLevel } from '../../../core/vocabulary';
import type { Aggregate, Database } from '../sdk';
import { leadEvents, publicationEvents, type RowFilter, type RowKey } from './events';
import { all, shanghaiDay } from './pipeline';
import { rowTotals } from './ranking';
import { unitsOf } from './township';

type Item = {
  kind: ExplainItem['kind'];
  d: string;
  ref: string;
  pts: number;
  title: string;
  rule: string;
  lead?: string;
  art?: string;
  pub?: string;
  level?: PublicationLevel;
  outlet?: string;
};

/** Items strictly after the cursor in (date, kind, ref) order, the page's worth plus one. */
function pageAfter(db: Database, events: Aggregate, after: CursorKey | undefined, limit: number): Promise<Item[]> {
  const _ = db.command;
  const [cd, ck, cr] = (after ?? []) as [string?, string?, string?];
  const cut =
    cd === undefined
      ? events
      : events.match(_.or([{ d: _.gt(cd) }, { d: cd, kind: _.gt(ck) }, { d: cd, kind: ck, ref: _.gt(cr) }]));
  return all<Item>(cut.sort({ d: 1, kind: 1, ref: 1 }).limit(limit + 1));
}

export async function explain(db: Database, q: ExplainQuery): Promise<{ total: number; page: Page<ExplainItem> }> {
  const $ = db.command.aggregate;
  const units = (await unitsOf(db, q.townshipId)).map((u) => u.id);
  const filter: RowFilter = q.accountId ? { accountId: q.accountId } : { unitId: q.unitId ?? '' };
  const key: RowKey = q.accountId ? { by: 'reporter' } : { by: 'unit', units };
  const who = q.accountId ?? q.unitId ?? '';

  const leadItems = leadEvents(db, q, key, filter)
    .addFields({
      d: shanghaiDay($, '$createdAt'),
      ev: $.cond({
        if: $.eq(['$acc', 1]),
        then: [
          { kind: 'lead_submitted', pts: '$r.ls' },
          { kind: 'lead_accepted', pts: '$r.la' },
        ],
        else: [{ kind: 'lead_submitted', pts: '$r.ls' }],
      }),
    })
    .unwind('$ev')
    .project({ kind: '$ev.kind', d: 1, ref: '$_id', lead: '$_id', pts: '$ev.pts', title: 1, rule: '$r.id' });

  const pubItems = publicationEvents(db, q, units, filter)
    .addFields({
      ev: [
        { kind: 'publication', pts: '$pubPts', on: '$counted' },
        { kind: 'kind_bonus', pts: '$kb', on: $.gt(['$kb', 0]) },
        { kind: 'long_bonus', pts: '$lb', on: $.gt(['$lb', 0]) },
      ],
    })
    .unwind('$ev')
    .match({ 'ev.on': true })
    // A unit's two members credited on one article make one line with their shares added.
    .group({
      _id: { kind: '$ev.kind', pub: '$_id' },
      pts: $.sum($.multiply(['$ev.pts', '$share'])),
      d: $.first('$publishedAt'),
      art: $.first('$articleId'),
      level: $.first('$level'),
      outlet: $.first('$outlet'),
      title: $.first('$title'),
      rule: $.first('$r.id'),
    })
    .project({
      _id: 0,
      kind: '$_id.kind',
      ref: '$_id.pub',
      pub: '$_id.pub',
      d: 1,
      art: 1,
      level: 1,
      outlet: 1,
      title: 1,
      rule: 1,
      pts: 1,
    });

  const [totals, leads, pubs] = await Promise.all([
    rowTotals(db, q, key, filter),
    pageAfter(db, leadItems, q.after, q.limit),
    pageAfter(db, pubItems, q.after, q.limit),
  ]);
  const merged = [...leads, ...pubs].sort((a, b) => cmp(a.d, b.d) || cmp(a.kind, b.kind) || cmp(a.ref, b.ref));
  const items: ExplainItem[] = merged.slice(0, q.limit).map((r) => ({
    kind: r.kind,
    date: r.d,
    ...(r.lead ? { leadId: r.lead } : {}),
    ...(r.art ? { articleId: r.art } : {}),
    ...(r.pub ? { publicationId: r.pub } : {}),
    ...(r.kind === 'publication' && r.level ? { level: r.level } : {}),
    ...(r.outlet ? { outlet: r.outlet } : {}),
    title: r.title,
    ruleId: r.rule,
    points: round2(r.pts),
  }));
  const last = merged[Math.min(merged.length, q.limit) - 1];
  return {
    total: totals.get(who)?.points ?? 0,
    page: { items, next: merged.length > q.limit && last ? [last.d, last.kind, last.ref] : null },
  };
}
