// The generated paragraph states every figure, and every number in it is the figure its words name.
import fc from 'fast-check';
import { referenceFigures } from '../../../cloudfunctions/core/stats/referenceFigures';
import { summaryText } from '../../../cloudfunctions/core/stats/text';
import type { SummaryFigures } from '../../../cloudfunctions/core/stats/figures';
import { BOUNDS_BUCKETS, BOUNDS_PERIOD, bucketBoundsWorld } from '../../stats/bucketBoundsWorld';
import { periodArb, worldArb } from '../../stats/world';

/** The test's own reading of the paragraph: phrase → the figure it must carry. */
const PHRASES: [RegExp, (f: SummaryFigures) => number | null][] = [
  [/(\d+)名通讯员共报送/, (f) => f.activeReporters],
  [/报送新闻线索(\d+)条/, (f) => f.leadsSubmitted],
  [/采用(\d+)条/, (f) => f.leadsAccepted],
  [/采用率(\d+(?:\.\d)?)%/, (f) => f.adoptionRate],
  [/刊用稿件(\d+)篇次/, (f) => f.publicationsTotal],
  [/国家级媒体(\d+)篇/, (f) => f.publicationsByLevel.national],
  [/省级媒体(\d+)篇/, (f) => f.publicationsByLevel.provincial],
  [/市级媒体(\d+)篇/, (f) => f.publicationsByLevel.municipal],
  [/县级媒体(\d+)篇/, (f) => f.publicationsByLevel.county],
  [/自有平台(\d+)篇/, (f) => f.publicationsByLevel.own],
  [/新媒体(\d+)篇/, (f) => f.publicationsByLevel.newmedia],
  [/新撰写稿件(\d+)篇/, (f) => f.articlesTotal],
  [/人物通讯(\d+)篇/, (f) => f.articlesByKind.profile],
  [/、通讯(\d+)篇/, (f) => f.articlesByKind.feature],
  [/消息(\d+)篇/, (f) => f.articlesByKind.news],
  [/图片新闻(\d+)篇/, (f) => f.articlesByKind.photo],
  [/评论(\d+)篇/, (f) => f.articlesByKind.commentary],
  [/培训(\d+)场次/, (f) => f.trainings],
  [/参训通讯员(\d+)人/, (f) => f.trainingAttendees],
  [/首次审核的中位用时为(\d+(?:\.\d)?)小时/, (f) => f.medianHoursToDecision],
  [/首次刊发的中位用时为(\d+(?:\.\d)?)小时/, (f) => f.medianHoursToFirstPublication],
  [/三天内见报的线索(\d+)条/, (f) => (f.medianHoursToFirstPublication === null ? null : f.hoursToFirstPublicationBuckets.le1d + f.hoursToFirstPublicationBuckets.le3d)],
  [/仍有(\d+)个村组/, (f) => (f.unitsWithoutPlatform.count ? f.unitsWithoutPlatform.count : null)],
  [/(\d+)个单位期内未报送/, (f) => (f.unitsWithoutLeads.count ? f.unitsWithoutLeads.count : null)],
];

describe('the summary paragraph', () => {
  it('names every figure with its own number, and carries no other number', () => {
    fc.assert(
      fc.property(worldArb, periodArb, (world, { from, to }) => {
        const f = referenceFigures(world, from, to);
        let rest = summaryText(f);
        // The period itself opens the paragraph; its dates are the only other numbers allowed.
        rest = rest.replace(/^[^，]*，/, '');
        for (const [re, figure] of PHRASES) {
          const m = re.exec(rest);
          const expected = figure(f);
          if (expected === null) {
            expect(m).toBeNull();
            continue;
          }
          expect(m).not.toBeNull();
          expect(Number(m![1])).toBe(expected);
          rest = rest.replace(m![0], m![0].replace(m![1]!, '#'));
        }
        expect(rest).not.toMatch(/\d/);
      }),
      { numRuns: 200 },
    );
  });

  it('reads like the office writes: levels as "省级媒体…N篇" and the period first', () => {
    const f = referenceFigures({ units: [], accounts: [], leads: [], articles: [], publications: [], trainings: [] }, '2026-01-01', '2026-12-31');
    const text = summaryText({ ...f, publicationsByLevel: { ...f.publicationsByLevel, provincial: 12 } });
    expect(text.startsWith('2026年，')).toBe(true);
    expect(text).toContain('省级媒体12篇');
  });

  it('counts the leads that ran within three days as the first two buckets of time to first publication', () => {
    const f = referenceFigures(bucketBoundsWorld, BOUNDS_PERIOD.from, BOUNDS_PERIOD.to);
    expect(summaryText(f)).toContain(`报送后三天内见报的线索${BOUNDS_BUCKETS.le1d + BOUNDS_BUCKETS.le3d}条`);
  });
});
