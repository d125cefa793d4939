// The distribution of time to first publication (issue 5): the buckets share the median's definition of the
// duration, partition exactly the period's leads that ran, and put each duration where its bound says.
import fc from 'fast-check';
import { leadsInPeriod, referenceFigures } from '../../../cloudfunctions/core/stats/referenceFigures';
import type { StatsWorld, WorldLead } from '../../../cloudfunctions/core/stats/world';
import { BOUNDS_BUCKETS, BOUNDS_PERIOD, bucketBoundsWorld } from '../../stats/bucketBoundsWorld';
import { periodArb, worldArb } from '../../stats/world';

const HOUR = 3_600_000;

/** The test's own reading: per lead of the period, the earliest publication date of any article citing it. */
function firstPublicationDates(world: StatsWorld, leads: WorldLead[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const lead of leads) {
    const articles = new Set(world.articles.filter((a) => a.leadIds.includes(lead.id)).map((a) => a.id));
    const dates = world.publications.filter((p) => articles.has(p.articleId)).map((p) => p.publishedAt);
    if (dates.length)
      first.set(
        lead.id,
        dates.reduce((a, b) => (b < a ? b : a)),
      );
  }
  return first;
}

/** Milliseconds from creation to 24:00 +08:00 of the first publication date, written out independently. */
const msToDayEnd = (createdAt: string, date: string) =>
  Date.parse(`${date}T00:00:00+08:00`) + 24 * HOUR - Date.parse(createdAt);

describe('buckets of time to first publication', () => {
  it('sum to the leads that ran, and each equals a direct count of the durations in its range', () => {
    fc.assert(
      fc.property(worldArb, periodArb, (world, { from, to }) => {
        const b = referenceFigures(world, from, to).hoursToFirstPublicationBuckets;
        const leads = leadsInPeriod(world, from, to);
        const first = firstPublicationDates(world, leads);
        const ms = leads.flatMap((l) => (first.has(l.id) ? [msToDayEnd(l.createdAt, first.get(l.id)!)] : []));
        const count = (lo: number, hi: number) => ms.filter((d) => d > lo * HOUR && d <= hi * HOUR).length;

        expect(Object.values(b).reduce((s, n) => s + n, 0)).toBe(first.size);
        expect(b).toEqual({
          le1d: count(-Infinity, 24),
          le3d: count(24, 72),
          le7d: count(72, 168),
          le30d: count(168, 720),
          gt30d: count(720, Infinity),
        });
      }),
      { numRuns: 300 },
    );
  });

  it('counts a bound in the bucket it closes, a millisecond more in the next, and a negative duration as 0', () => {
    expect(
      referenceFigures(bucketBoundsWorld, BOUNDS_PERIOD.from, BOUNDS_PERIOD.to).hoursToFirstPublicationBuckets,
    ).toEqual(BOUNDS_BUCKETS);
  });
});
