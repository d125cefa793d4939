// A township whose leads sit exactly on the bounds of the time-to-first-publication buckets (random worlds, at minute
// steps, rarely land there): every adapter must put a bound in the bucket it closes and a millisecond more in the next.
import type { SummaryFigures } from '../../cloudfunctions/core/stats/figures';
import type { StatsWorld, WorldLead } from '../../cloudfunctions/core/stats/world';

/** The period holding every lead below. */
export const BOUNDS_PERIOD = { from: '2025-12-01', to: '2026-01-31' };

const lead = (id: string, createdAt: string): WorldLead => ({
  id,
  title: id,
  unitId: null,
  authorId: 'a0',
  status: 'used',
  category: '其他',
  createdAt,
  firstDecisionAt: null,
  highlightSection: null,
});

// Every article runs on 2026-01-10, whose end (24:00 +08:00) is 2026-01-10T16:00:00.000Z.
const END = Date.parse('2026-01-10T16:00:00.000Z');
const HOUR = 3_600_000;
const sentBefore = (id: string, ms: number) => lead(id, new Date(END - ms).toISOString());
const leads = [
  // Each bound, then a millisecond over it.
  ...[24, 72, 168, 720].flatMap((h) => [sentBefore(`exact${h}h`, h * HOUR), sentBefore(`over${h}h`, h * HOUR + 1)]),
  // Inside the buckets, so that no two buckets hold the same count.
  ...[48, 100, 120, 300, 400, 500].map((h) => sentBefore(`in${h}h`, h * HOUR)),
  // Sent after the end of its publication day: a negative duration, counted as 0.
  sentBefore('after', -4 * HOUR),
];
const ran = [...leads];
leads.push(lead('unpublished', '2026-01-05T00:00:00.000Z'));

export const bucketBoundsWorld: StatsWorld = {
  units: [],
  accounts: [{ id: 'a0', name: '人员子', role: 'reporter', unitId: null }],
  leads,
  articles: ran.map((l) => ({
    id: `r_${l.id}`,
    title: '稿件',
    kind: 'news',
    bodyLength: 10,
    credits: ['a0'],
    leadIds: [l.id],
    createdAt: l.createdAt,
  })),
  publications: ran.map((l) => ({
    id: `p_${l.id}`,
    articleId: `r_${l.id}`,
    outlet: '县报',
    level: 'county',
    publishedAt: '2026-01-10',
  })),
  activities: [],
  workTasks: [],
  platformMonths: [],
};

export const BOUNDS_BUCKETS: SummaryFigures['hoursToFirstPublicationBuckets'] = {
  le1d: 2,
  le3d: 3,
  le7d: 4,
  le30d: 5,
  gt30d: 1,
};
