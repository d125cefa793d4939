// The SQL aggregates agree with the pure definitions on random townships, and do not depend on record order.
import fc from 'fast-check';
import { alerts } from '../../cloudfunctions/adapters/local/stats/alertsSql';
import { referenceAlerts } from '../../cloudfunctions/core/stats/referenceAlerts';
import { summaryFigures } from '../../cloudfunctions/adapters/local/stats/figuresSql';
import { explain, ranking } from '../../cloudfunctions/adapters/local/stats/scoringSql';
import type { Db } from '../../cloudfunctions/adapters/local/db';
import { referenceFigures } from '../../cloudfunctions/core/stats/referenceFigures';
import { referenceRanking } from '../../cloudfunctions/core/stats/scoring';
import type { RankBy, RankingRow } from '../../cloudfunctions/core/stats/ranking';
import { ruleVersions, type AssessmentRule } from '../../cloudfunctions/core/stats/rule';
import { BOUNDS_BUCKETS, BOUNDS_PERIOD, bucketBoundsWorld } from './bucketBoundsWorld';
import { dayArb, loadWorld, openStatsDb, periodArb, ruleArb, T, worldArb } from './world';

function allRows(db: Db, rules: AssessmentRule[], from: string, to: string, by: RankBy): RankingRow[] {
  const rows: RankingRow[] = [];
  for (let after; ;) {
    const page = ranking(db, { townshipId: T, from, to, rules, by, after, limit: 3 });
    rows.push(...page.items);
    if (!page.next) return rows;
    after = page.next;
  }
}

const approx = (rows: RankingRow[]) => rows.map((r) => ({ ...r, points: Math.round(r.points * 10) / 10 }));

describe('statistics in SQL equal the pure reference', () => {
  it('summary figures match on random townships and periods', () => {
    fc.assert(
      fc.property(worldArb, periodArb, (world, { from, to }) => {
        const db = openStatsDb();
        loadWorld(db, world);
        expect(summaryFigures(db, { townshipId: T, from, to })).toEqual(referenceFigures(world, from, to));
        db.close();
      }),
      { numRuns: 60 },
    );
  });

  it('summary figures match on a township whose leads sit on the bounds of the publication-time buckets', () => {
    const db = openStatsDb();
    loadWorld(db, bucketBoundsWorld);
    const figures = summaryFigures(db, { townshipId: T, ...BOUNDS_PERIOD });
    db.close();
    expect(figures.hoursToFirstPublicationBuckets).toEqual(BOUNDS_BUCKETS);
    expect(figures).toEqual(referenceFigures(bucketBoundsWorld, BOUNDS_PERIOD.from, BOUNDS_PERIOD.to));
  });

  it('alerts match on random townships, periods, days of asking and silence lengths', () => {
    fc.assert(
      fc.property(
        worldArb,
        periodArb,
        ruleArb,
        dayArb,
        fc.integer({ min: 1, max: 40 }),
        (world, { from, to }, rules, today, silentDays) => {
          const db = openStatsDb();
          loadWorld(db, world);
          const q = { townshipId: T, from, to, rules, today, silentDays };
          expect(alerts(db, q)).toEqual(referenceAlerts(world, q));
          db.close();
        },
      ),
      { numRuns: 60 },
    );
  });

  it('rankings by reporter and by unit match, page by page, under random rule versions', () => {
    fc.assert(
      fc.property(
        worldArb,
        periodArb,
        ruleArb,
        fc.constantFrom('reporter', 'unit') as fc.Arbitrary<RankBy>,
        (world, { from, to }, rules, by) => {
          const db = openStatsDb();
          loadWorld(db, world);
          const sql = allRows(db, rules, from, to, by);
          const ref = referenceRanking(world, rules, from, to, by);
          expect(
            approx(sql)
              .map((r) => r.id)
              .sort(),
          ).toEqual(
            approx(ref)
              .map((r) => r.id)
              .sort(),
          );
          expect(new Map(approx(sql).map((r) => [r.id, r]))).toEqual(new Map(approx(ref).map((r) => [r.id, r])));
          db.close();
        },
      ),
      { numRuns: 60 },
    );
  });

  it('figures and rankings do not depend on the order records were written in', () => {
    fc.assert(
      fc.property(worldArb, periodArb, fc.integer(), (world, { from, to }, seed) => {
        const shuffle = <X>(xs: X[]) =>
          [...xs]
            .map((x, i) => ({ x, k: Math.sin(seed + i) }))
            .sort((a, b) => a.k - b.k)
            .map((e) => e.x);
        const [a, b] = [openStatsDb(), openStatsDb()];
        loadWorld(a, world);
        loadWorld(b, world, shuffle);
        expect(summaryFigures(b, { townshipId: T, from, to })).toEqual(summaryFigures(a, { townshipId: T, from, to }));
        const rules = ruleVersions(T, []);
        expect(allRows(b, rules, from, to, 'unit')).toEqual(allRows(a, rules, from, to, 'unit'));
        a.close();
        b.close();
      }),
      { numRuns: 40 },
    );
  });

  it("a reporter's explained events add up to the score the ranking shows", () => {
    fc.assert(
      fc.property(worldArb, periodArb, ruleArb, (world, { from, to }, rules) => {
        const db = openStatsDb();
        loadWorld(db, world);
        for (const row of allRows(db, rules, from, to, 'reporter')) {
          let sum = 0;
          let total = NaN;
          for (let after; ;) {
            const r = explain(db, { townshipId: T, from, to, rules, accountId: row.id, after, limit: 4 });
            total = r.total;
            sum += r.page.items.reduce((s, i) => s + i.points, 0);
            if (!r.page.next) break;
            after = r.page.next;
          }
          expect(total).toBeCloseTo(row.points, 2);
          expect(sum).toBeCloseTo(row.points, 1);
        }
        db.close();
      }),
      { numRuns: 30 },
    );
  });
});
