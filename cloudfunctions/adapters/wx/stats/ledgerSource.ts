// LedgerSource on the cloud database: the period's leads and publications read 1000 at a time by a (date, _id) cursor,
// projected to the ledger's columns in the database (no bodies, photos or histories travel).
import type { CursorKey } from '../../../core/cursor';
import type { ExportContent } from '../../../core/stats/ports';
import type { RankBy } from '../../../core/stats/ranking';
import { COLLECTIONS as C } from '../documents';
import type { Aggregate, Condition, Database } from '../sdk';
import type { LedgerArticle, LedgerLead, LedgerSource } from '../../../shared/exports/ledgers';
import { createdIn, publishedIn } from './pipeline';
import { ranking } from './ranking';
import { accountsOf, unitsOf } from './township';

const PAGE = 1000;
const RANKING_PAGE = 10_000;

/** Pages of a pipeline ordered by (`field`, _id), each one starting after the last document of the previous. */
type Row = Record<string, unknown>;

async function* pages(
  db: Database,
  base: Condition,
  field: string,
  rest: (a: Aggregate) => Aggregate,
  start: (cond: Condition) => Aggregate,
): AsyncGenerator<Row[]> {
  const _ = db.command;
  let after: [string, string] | null = null;
  for (;;) {
    const cond: Condition = after
      ? _.and([base, _.or([{ [field]: _.gt(after[0]) }, { [field]: after[0], _id: _.gt(after[1]) }])])
      : base;
    // The trailing limit matters: without a limit as the last stage the server answers only 20 documents.
    const page = rest(
      start(cond)
        .sort({ [field]: 1, _id: 1 })
        .limit(PAGE),
    ).limit(PAGE);
    const { list }: { list: Row[] } = await page.end();
    if (list.length > 0) yield list;
    if (list.length < PAGE) return;
    const last: Row = list[list.length - 1]!;
    after = [String(last[field]), String(last._id)];
  }
}

export async function wxLedgerSource(db: Database, townshipId: string, c: ExportContent): Promise<LedgerSource> {
  const $ = db.command.aggregate;
  const q = { townshipId, from: c.from, to: c.to };
  const [units, accounts] = await Promise.all([unitsOf(db, townshipId), accountsOf(db, townshipId)]);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const name = new Map(accounts.map((a) => [a.id, a.name]));
  const creditNames = (ids: unknown) =>
    (Array.isArray(ids) ? ids : []).map((id) => name.get(String(id)) ?? '').join('、');
  const article = (f: string) => $.arrayElemAt([`$art.${f}`, 0]);
  const toArticle = (r: Record<string, unknown>, published: boolean): LedgerArticle => ({
    publishedAt: published ? String(r.publishedAt) : null,
    title: String(r.title ?? ''),
    kind: r.kind as LedgerArticle['kind'],
    creditNames: creditNames(r.credits),
    outlet: published ? String(r.outlet ?? '') : '',
    level: published ? (r.level as LedgerArticle['level']) : null,
    url: published ? String(r.url ?? '') : '',
  });

  return {
    async *leads() {
      const start = (cond: Condition) => db.collection(C.leads).aggregate().match(cond);
      const rest = (a: Aggregate) =>
        a.project({
          createdAt: 1,
          title: 1,
          category: 1,
          unitId: 1,
          authorId: 1,
          status: 1,
          decided: $.arrayElemAt(['$history.at', 0]),
          highlightSection: 1,
        });
      for await (const list of pages(db, createdIn(db, q), 'createdAt', rest, start)) {
        yield list.map((r): LedgerLead => ({
          createdAt: String(r.createdAt),
          title: String(r.title),
          category: String(r.category),
          unitName: unitName.get(String(r.unitId)) ?? '',
          authorName: name.get(String(r.authorId)) ?? '',
          status: r.status as LedgerLead['status'],
          decidedAt: typeof r.decided === 'string' ? r.decided : null,
          highlightSection: typeof r.highlightSection === 'string' ? r.highlightSection : '',
        }));
      }
    },
    async *articles() {
      const pubs = (cond: Condition) => db.collection(C.publications).aggregate().match(cond);
      const withArticle = (a: Aggregate) =>
        a.lookup({ from: C.articles, localField: 'articleId', foreignField: '_id', as: 'art' }).project({
          publishedAt: 1,
          outlet: 1,
          level: 1,
          url: 1,
          title: article('title'),
          kind: article('kind'),
          credits: article('credits'),
        });
      for await (const list of pages(db, publishedIn(db, q), 'publishedAt', withArticle, pubs))
        yield list.map((r) => toArticle(r, true));
      // Articles of the period that had not run by its end belong in the ledger too, with a later first run if any.
      const ranBy = (to: string) =>
        $.reduce({
          input: '$pubs',
          initialValue: 0,
          in: $.add(['$$value', $.cond({ if: $.lte(['$$this.publishedAt', to]), then: 1, else: 0 })]),
        });
      const firstRun = $.reduce({
        input: '$pubs',
        initialValue: null,
        in: $.cond({
          if: $.or([$.eq(['$$value', null]), $.lt(['$$this.publishedAt', '$$value'])]),
          then: '$$this.publishedAt',
          else: '$$value',
        }),
      });
      const unpublished = (cond: Condition) =>
        db
          .collection(C.articles)
          .aggregate()
          .match(cond)
          .lookup({ from: C.publications, localField: '_id', foreignField: 'articleId', as: 'pubs' })
          .addFields({ runs: ranBy(q.to), laterAt: firstRun })
          .match({ runs: 0 });
      const fields = (a: Aggregate) => a.project({ createdAt: 1, title: 1, kind: 1, credits: 1, laterAt: 1 });
      for await (const list of pages(db, createdIn(db, q), 'createdAt', fields, unpublished)) {
        yield list.map((r) => ({ ...toArticle(r, false), laterAt: (r.laterAt as string | null | undefined) ?? null }));
      }
    },
    async *ranking(by: RankBy) {
      // Every row is computed for any page, so one large page beats many small ones.
      for (let after: CursorKey | undefined; ;) {
        const page = await ranking(db, { ...q, rules: c.rules, by, after, limit: RANKING_PAGE });
        yield page.items;
        if (!page.next) return;
        after = page.next;
      }
    },
  };
}
