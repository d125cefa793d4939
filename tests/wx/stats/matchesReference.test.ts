// The cloud pipelines (on the SDK double) agree with the pure reference on random townships: figures, rankings page by
// page, explanations, alerts; with the SQL adapter where there is no reference (explain items, highlights).
import fc from 'fast-check';
import { WxStatsStore } from '../../../cloudfunctions/adapters/wx/stats/store';
import { referenceAlerts } from '../../../cloudfunctions/core/stats/referenceAlerts';
import { alerts as sqlAlerts } from '../../../cloudfunctions/adapters/local/stats/alertsSql';
import { highlights as sqlHighlights } from '../../../cloudfunctions/adapters/local/stats/highlightsSql';
import { explain as sqlExplain } from '../../../cloudfunctions/adapters/local/stats/scoringSql';
import { referenceFigures } from '../../../cloudfunctions/core/stats/referenceFigures';
import { referenceRanking } from '../../../cloudfunctions/core/stats/scoring';
import type { RankBy, RankingRow } from '../../../cloudfunctions/core/stats/ranking';
import type { ExplainQuery } from '../../../cloudfunctions/core/stats/ports';
import { ruleVersions, type AssessmentRule } from '../../../cloudfunctions/core/stats/rule';
import type { StatsWorld } from '../../../cloudfunctions/core/stats/world';
import { ruleArb } from '../../stats/world';
import { BOUNDS_BUCKETS, BOUNDS_PERIOD, bucketBoundsWorld } from '../../stats/bucketBoundsWorld';
import { dayArb, loadWorld, openStatsDb, periodArb, T, worldArb } from '../../stats/world';
import { FakeDb } from '../fakeDb';
import { loadWxWorld } from './wxWorld';

const NO_UPLOAD = {};

function storeOf(world: StatsWorld, order?: <X>(xs: X[]) => X[]): WxStatsStore {
  const db = new FakeDb();
  loadWxWorld(db, world, order);
  return new WxStatsStore(db, NO_UPLOAD);
}

async function allRows(
  store: WxStatsStore,
  rules: AssessmentRule[],
  from: string,
  to: string,
  by: RankBy,
): Promise<RankingRow[]> {
  const rows: RankingRow[] = [];
  for (let after; ;) {
    const page = await store.ranking({ townshipId: T, from, to, rules, by, after, limit: 3 });
    rows.push(...page.items);
    if (!page.next) return rows;
    after = page.next;
  }
}

const approx = (rows: RankingRow[]) =>
  new Map(rows.map((r) => [r.id, { ...r, points: Math.round(r.points * 10) / 10 }]));

describe('cloud statistics equal the pure reference', () => {
  it('summary figures match on random townships and periods', async () => {
    await fc.assert(
      fc.asyncProperty(worldArb, periodArb, async (world, { from, to }) => {
        expect(await storeOf(world).summaryFigures({ townshipId: T, from, to })).toEqual(
          referenceFigures(world, from, to),
        );
      }),
      { numRuns: 50 },
    );
  });

  it('summary figures match on a township whose leads sit on the bounds of the publication-time buckets', async () => {
    const figures = await storeOf(bucketBoundsWorld).summaryFigures({ townshipId: T, ...BOUNDS_PERIOD });
    expect(figures.hoursToFirstPublicationBuckets).toEqual(BOUNDS_BUCKETS);
    expect(figures).toEqual(referenceFigures(bucketBoundsWorld, BOUNDS_PERIOD.from, BOUNDS_PERIOD.to));
  });

  it('rankings by reporter and by unit match, page by page, under random rule versions', async () => {
    await fc.assert(
      fc.asyncProperty(
        worldArb,
        periodArb,
        ruleArb,
        fc.constantFrom('reporter', 'unit') as fc.Arbitrary<RankBy>,
        async (world, { from, to }, rules, by) => {
          const rows = await allRows(storeOf(world), rules, from, to, by);
          expect(approx(rows)).toEqual(approx(referenceRanking(world, rules, from, to, by)));
          expect(rows.length).toBe(new Set(rows.map((r) => r.id)).size);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('figures and rankings do not depend on the order documents were written in', async () => {
    await fc.assert(
      fc.asyncProperty(worldArb, periodArb, fc.integer(), async (world, { from, to }, seed) => {
        const shuffle = <X>(xs: X[]) =>
          [...xs]
            .map((x, i) => ({ x, k: Math.sin(seed + i) }))
            .sort((a, b) => a.k - b.k)
            .map((e) => e.x);
        const [a, b] = [storeOf(world), storeOf(world, shuffle)];
        expect(await b.summaryFigures({ townshipId: T, from, to })).toEqual(
          await a.summaryFigures({ townshipId: T, from, to }),
        );
        const rules = ruleVersions(T, []);
        expect(await allRows(b, rules, from, to, 'unit')).toEqual(await allRows(a, rules, from, to, 'unit'));
      }),
      { numRuns: 25 },
    );
  });

  it('explanations page through the same events as the SQL adapter and add up to the ranking', async () => {
    await fc.assert(
      fc.asyncProperty(worldArb, periodArb, ruleArb, async (world, { from, to }, rules) => {
        const store = storeOf(world);
        const sql = openStatsDb();
        loadWorld(sql, world);
        const units = [...world.units.map((u) => ({ unitId: u.id })), { unitId: 'none' }];
        for (const [by, who] of [
          ...world.accounts.map((a) => ['reporter', { accountId: a.id }] as const),
          ...units.map((u) => ['unit', u] as const),
        ]) {
          const q: ExplainQuery = { townshipId: T, from, to, rules, ...who, limit: 4 };
          const wx = [];
          let total = NaN;
          for (let after; ;) {
            const r = await store.explain({ ...q, after });
            total = r.total;
            wx.push(...r.page.items);
            if (!r.page.next) break;
            after = r.page.next;
          }
          const expected = sqlExplain(sql, { ...q, limit: 10_000 });
          expect(wx).toEqual(expected.page.items);
          expect(total).toBeCloseTo(expected.total, 2);
          const row = referenceRanking(world, rules, from, to, by).find(
            (r) => r.id === ('accountId' in who ? who.accountId : who.unitId),
          );
          expect(total).toBeCloseTo(row?.points ?? 0, 2);
        }
        sql.close();
      }),
      { numRuns: 20 },
    );
  });

  it('alerts equal the pure reference and highlights the SQL adapter', async () => {
    await fc.assert(
      fc.asyncProperty(
        worldArb,
        periodArb,
        ruleArb,
        dayArb,
        fc.integer({ min: 1, max: 40 }),
        async (world, { from, to }, rules, today, silentDays) => {
          const store = storeOf(world);
          const sql = openStatsDb();
          loadWorld(sql, world);
          const q = { townshipId: T, from, to, rules, today, silentDays };
          const alerts = await store.alerts(q);
          expect(alerts).toEqual(referenceAlerts(world, q));
          expect(alerts).toEqual(sqlAlerts(sql, q));
          const h = { townshipId: T, from, to, sections: ['对外宣传', '理论武装'], perSection: 2 };
          expect(await store.highlights(h)).toEqual(sqlHighlights(sql, h));
          sql.close();
        },
      ),
      { numRuns: 40 },
    );
  });
});
