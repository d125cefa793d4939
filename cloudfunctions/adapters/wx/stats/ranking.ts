// Rankings and the totals behind them: the event pipelines grouped per row in the database; the rows (one per
// reporter or unit of the township) are then named, sorted and cut into pages here.
import { pageOf, type Page } from '../../../core/cursor';
import { rankingCursorKey, type RankingQuery, type ScoredQuery } from '../../../core/stats/ports';
import { NO_UNIT_ID, NO_UNIT_NAME, type RankingRow } from '../../../core/stats/ranking';
import { cmp } from '../../../core/stats/referenceFigures';
import { round2 } from '../../../core/stats/scoring';
import { PUBLICATION_LEVELS, type PublicationLevel } from '../../../core/vocabulary';
import type { Database } from '../sdk';
import { leadEvents, publicationEvents, type RowFilter, type RowKey } from './events';
import { all } from './pipeline';
import { accountsOf, unitsOf } from './township';
import { livedIn } from '../../../core/stats/unitLife';

export interface RowTotals {
  points: number;
  leadsSubmitted: number;
  leadsAccepted: number;
  publications: Record<PublicationLevel, number>;
  articles: number;
}

const empty = (): RowTotals => ({
  points: 0,
  leadsSubmitted: 0,
  leadsAccepted: 0,
  publications: Object.fromEntries(PUBLICATION_LEVELS.map((l) => [l, 0])) as Record<PublicationLevel, number>,
  articles: 0,
});

type LeadGroup = { _id: string; ls: number; la: number; pts: number };
type PubGroup = { _id: string; pts: number; articles: number } & Record<string, number | string>;

/** Points and counts per row: two pipelines, each answering one document per reporter or unit. */
export async function rowTotals(
  db: Database,
  q: ScoredQuery,
  key: RowKey,
  filter: RowFilter,
): Promise<Map<string, RowTotals>> {
  const $ = db.command.aggregate;
  const units = key.by === 'unit' ? key.units : [];
  const row = key.by === 'unit' ? '$unit' : '$acc';
  const [leads, pubs] = await Promise.all([
    all<LeadGroup>(
      leadEvents(db, q, key, filter).group({
        _id: '$row',
        ls: $.sum(1),
        la: $.sum('$acc'),
        pts: $.sum($.add(['$r.ls', $.multiply(['$acc', '$r.la'])])),
      }),
    ),
    all<PubGroup>(
      publicationEvents(db, q, units, filter)
        // One line per (row, publication): two members of a unit credited on one article count it once.
        .group({
          _id: { row, pub: '$_id' },
          pts: $.sum($.multiply([$.add(['$pubPts', '$kb', '$lb']), '$share'])),
          counted: $.first('$counted'),
          level: $.first('$level'),
          art: $.first('$articleId'),
        })
        .group({
          _id: '$_id.row',
          pts: $.sum('$pts'),
          ...Object.fromEntries(
            PUBLICATION_LEVELS.map((l) => [
              `n_${l}`,
              $.sum($.cond({ if: $.and(['$counted', $.eq(['$level', l])]), then: 1, else: 0 })),
            ]),
          ),
          arts: $.addToSet($.cond({ if: '$counted', then: '$art', else: '' })),
        })
        .project({
          pts: 1,
          ...Object.fromEntries(PUBLICATION_LEVELS.map((l) => [`n_${l}`, 1])),
          articles: $.size($.setDifference(['$arts', ['']])),
        }),
    ),
  ]);
  const totals = new Map<string, RowTotals>();
  const of = (id: string) => totals.get(id) ?? totals.set(id, empty()).get(id)!;
  for (const g of leads)
    Object.assign(of(g._id), { points: of(g._id).points + g.pts, leadsSubmitted: g.ls, leadsAccepted: g.la });
  for (const g of pubs) {
    const t = of(g._id);
    t.points += g.pts;
    t.articles = g.articles;
    for (const l of PUBLICATION_LEVELS) t.publications[l] = Number(g[`n_${l}`]);
  }
  for (const t of totals.values()) t.points = round2(t.points);
  return totals;
}

/** One page of the ranking: points desc, then name, then id; the cursor is the last row's [points, name, id]. */
export async function ranking(db: Database, q: RankingQuery): Promise<Page<RankingRow>> {
  const units = await unitsOf(db, q.townshipId);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  let rows: RankingRow[];
  if (q.by === 'unit') {
    const totals = await rowTotals(db, q, { by: 'unit', units: units.map((u) => u.id) }, null);
    rows = units
      .filter((u) => totals.has(u.id) || livedIn(u, q.from, q.to))
      .map((u) => ({ id: u.id, name: u.name, ...(totals.get(u.id) ?? empty()) }));
    const none = totals.get(NO_UNIT_ID);
    if (none) rows.push({ id: NO_UNIT_ID, name: NO_UNIT_NAME, ...none });
  } else {
    const [accounts, totals] = await Promise.all([
      accountsOf(db, q.townshipId),
      rowTotals(db, q, { by: 'reporter' }, null),
    ]);
    const known = new Map(accounts.map((a) => [a.id, a]));
    // Every reporter, and anyone else (an editor credited on an article) who scored in the period.
    const ids = new Set([...accounts.filter((a) => a.role === 'reporter').map((a) => a.id), ...totals.keys()]);
    rows = [...ids].map((id) => {
      const a = known.get(id);
      return {
        id,
        name: a?.name ?? id,
        unitName: (a?.unitId && unitName.get(a.unitId)) || NO_UNIT_NAME,
        ...(totals.get(id) ?? empty()),
      };
    });
  }
  rows.sort((a, b) => b.points - a.points || cmp(a.name, b.name) || cmp(a.id, b.id));
  const [cp, cn, ci] = (q.after ?? []) as [number?, string?, string?];
  const start =
    cp === undefined
      ? 0
      : rows.findIndex((r) => r.points < cp || (r.points === cp && (r.name > cn! || (r.name === cn && r.id > ci!))));
  const page = start < 0 ? [] : rows.slice(start, start + q.limit + 1);
  return pageOf(page, q.limit, (kept) => kept, rankingCursorKey);
}
