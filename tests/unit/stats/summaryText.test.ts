// The generated paragraph states every figure, and every number in it is the figure its words name.
import fc from 'fast-check';
import { referenceFigures } from '../../../cloudfunctions/core/stats/referenceFigures';
import { summaryText } from '../../../cloudfunctions/core/stats/text';
import type { SummaryFigures } from '../../../cloudfunctions/core/stats/figures';
import { BOUNDS_BUCKETS, BOUNDS_PERIOD, bucketBoundsWorld } from '../../stats/bucketBoundsWorld';
import { periodArb, worldArb } from '../../stats/world';

/** Durations as the dashboard shows them: days (one decimal) beyond 48 hours. */
const duration = (h: number) => (h < 1 ? '不到1小时' : h > 48 ? `${Math.round((h / 24) * 10) / 10}天` : `${h}小时`);
const nonZero = (n: number) => (n === 0 ? null : n);
const external = (f: SummaryFigures) =>
  f.publicationsByLevel.national +
  f.publicationsByLevel.provincial +
  f.publicationsByLevel.municipal +
  f.publicationsByLevel.county;

const kind = (f: SummaryFigures, k: string) => f.activitiesByKind[k]!;
const batches = (k: { count: number; batches: number }) => (k.count && k.batches > k.count ? k.batches : null);

/** The figures of 2026 in a township with no records at all. */
const emptyYear = () =>
  referenceFigures(
    {
      units: [],
      accounts: [],
      leads: [],
      articles: [],
      publications: [],
      activities: [],
      workTasks: [],
      platformMonths: [],
    },
    '2026-01-01',
    '2026-12-31',
  );

/** The test's own reading of the paragraph: phrase → the figure it must carry (null: the clause is left out). */
const PHRASES: [RegExp, (f: SummaryFigures) => number | string | null][] = [
  [/(\d+)名通讯员共报送/, (f) => (f.leadsSubmitted ? f.activeReporters : null)],
  [/报送新闻线索(\d+)条/, (f) => nonZero(f.leadsSubmitted)],
  [/采用(\d+)条/, (f) => nonZero(f.leadsAccepted)],
  [/采用率(\d+\.\d%)/, (f) => (f.leadsAccepted && f.adoptionRate !== null ? `${f.adoptionRate.toFixed(1)}%` : null)],
  [/县级及以上媒体刊发稿件(\d+)篇次/, (f) => nonZero(external(f))],
  [/国家级媒体(\d+)篇次/, (f) => nonZero(f.publicationsByLevel.national)],
  [/省级媒体(\d+)篇次/, (f) => nonZero(f.publicationsByLevel.provincial)],
  [/市级媒体(\d+)篇次/, (f) => nonZero(f.publicationsByLevel.municipal)],
  [/县级媒体(\d+)篇次/, (f) => nonZero(f.publicationsByLevel.county)],
  [/自有平台发布(\d+)篇次/, (f) => nonZero(f.publicationsByLevel.own)],
  [/新媒体发布(\d+)篇次/, (f) => nonZero(f.publicationsByLevel.newmedia)],
  [/新撰写稿件(\d+)篇次/, (f) => nonZero(f.articlesTotal)],
  [/人物通讯(\d+)篇次/, (f) => nonZero(f.articlesByKind.profile)],
  [/(?:其中|、)通讯(\d+)篇次/, (f) => nonZero(f.articlesByKind.feature)],
  [/消息(\d+)篇次/, (f) => nonZero(f.articlesByKind.news)],
  [/图片新闻(\d+)篇次/, (f) => nonZero(f.articlesByKind.photo)],
  [/评论(\d+)篇次/, (f) => nonZero(f.articlesByKind.commentary)],
  [/培训(\d+)场次/, (f) => nonZero(f.trainings)],
  [/参训通讯员(\d+)人/, (f) => (f.trainings ? nonZero(f.trainingAttendees) : null)],
  [
    /首次审核的中位用时为((?:不到)?\d+(?:\.\d)?(?:小时|天))/,
    (f) => (f.medianHoursToDecision === null ? null : duration(f.medianHoursToDecision)),
  ],
  [
    /首次刊发的中位用时为((?:不到)?\d+(?:\.\d)?(?:小时|天))/,
    (f) => (f.medianHoursToFirstPublication === null ? null : duration(f.medianHoursToFirstPublication)),
  ],
  [
    /三天内见报的线索(\d+)条/,
    (f) =>
      f.medianHoursToFirstPublication === null
        ? null
        : nonZero(f.hoursToFirstPublicationBuckets.le1d + f.hoursToFirstPublicationBuckets.le3d),
  ],
  [
    /党员领导干部(\d+)人次/,
    (f) => (kind(f, '理论学习/研讨').count ? nonZero(kind(f, '理论学习/研讨').participants) : null),
  ],
  [/专题学习研讨(\d+)场/, (f) => nonZero(kind(f, '理论学习/研讨').count)],
  [/分(\d+)批组织党员干部/, (f) => batches(kind(f, '警示教育/实践学习'))],
  [
    /组织党员干部(\d+)人次赴/,
    (f) => (kind(f, '警示教育/实践学习').count ? nonZero(kind(f, '警示教育/实践学习').participants) : null),
  ],
  [/实践学习(\d+)次/, (f) => nonZero(kind(f, '警示教育/实践学习').count)],
  [/思想教育活动(\d+)场/, (f) => nonZero(kind(f, '思想教育').count)],
  [/职工群众参加(\d+)人次/, (f) => (kind(f, '思想教育').count ? nonZero(kind(f, '思想教育').participants) : null)],
  [/分(\d+)批开展宣讲/, (f) => batches(kind(f, '宣讲'))],
  [/开展宣讲(\d+)场/, (f) => nonZero(kind(f, '宣讲').count)],
  [/受众(\d+)人次/, (f) => (kind(f, '宣讲').count ? nonZero(kind(f, '宣讲').participants) : null)],
  [/举办文化活动(\d+)场/, (f) => nonZero(kind(f, '文化活动').count)],
  [/参与群众(\d+)人次/, (f) => (kind(f, '文化活动').count ? nonZero(kind(f, '文化活动').participants) : null)],
  [/明确了(\d+)项重点任务/, (f) => nonZero(f.workPlan.tasks)],
  [/已完成(\d+)项/, (f) => (f.workPlan.tasks ? nonZero(f.workPlan.done) : null)],
  [/宣传平台账号(\d+)个/, (f) => nonZero(f.newMedia.accounts)],
  [/期末粉丝(\d+)人/, (f) => (f.newMedia.accounts ? nonZero(f.newMedia.followers) : null)],
  [/阅读（播放）(\d+)次/, (f) => (f.newMedia.accounts ? nonZero(f.newMedia.reads) : null)],
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
          expect(m![1]).toBe(String(expected));
          rest = rest.replace(m![0], m![0].replace(m![1]!, '#'));
        }
        expect(rest).not.toMatch(/\d/);
        // No zero is stated as an achievement, and stories are counted in one unit.
        expect(summaryText(f)).not.toMatch(/(?<![\d.])0(?![.\d])/);
        expect(summaryText(f)).not.toMatch(/\d篇(?!次)/);
      }),
      { numRuns: 200 },
    );
  });

  it('reads like the office writes: external publicity apart from own platforms, the period first', () => {
    const f = emptyYear();
    const levels = { ...f.publicationsByLevel, provincial: 12, county: 3, own: 20 };
    const text = summaryText({ ...f, publicationsByLevel: levels, publicationsTotal: 35 });
    expect(text.startsWith('2026年，')).toBe(true);
    expect(text).toContain('在县级及以上媒体刊发稿件15篇次（省级媒体12篇次、县级媒体3篇次）');
    expect(text).toContain('另在镇自有平台发布20篇次');
    expect(text).not.toContain('35');
  });

  it('an empty period states no zero: 暂无 instead of 0名、0条、0场次', () => {
    const f = emptyYear();
    expect(summaryText(f)).toBe('2026年，暂无报送线索、刊发稿件和培训的记录。');
  });

  it('durations over 48 hours read in days, and rates always carry one decimal', () => {
    const f = emptyYear();
    const text = summaryText({
      ...f,
      leadsSubmitted: 50,
      leadsAccepted: 39,
      adoptionRate: 78,
      activeReporters: 5,
      medianHoursToDecision: 134.5,
    });
    expect(text).toContain('首次审核的中位用时为5.6天');
    expect(text).toContain('采用率78.0%');
  });

  it('counts the leads that ran within three days as the first two buckets of time to first publication', () => {
    const f = referenceFigures(bucketBoundsWorld, BOUNDS_PERIOD.from, BOUNDS_PERIOD.to);
    expect(summaryText(f)).toContain(`报送后三天内见报的线索${BOUNDS_BUCKETS.le1d + BOUNDS_BUCKETS.le3d}条`);
  });
});
