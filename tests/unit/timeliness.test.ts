import { leadTimeliness } from '../../cloudfunctions/core/leads/timeliness';
import type { ArticleSummary } from '../../cloudfunctions/core/articles/records';
import type { LeadRecord } from '../../cloudfunctions/core/leads/records';

const lead = (history: { at: string }[] = []) =>
  ({ createdAt: '2026-03-01T01:00:00.000Z', history }) as unknown as LeadRecord;
const article = (...dates: string[]): ArticleSummary => ({
  id: 'a',
  title: 't',
  kind: 'news',
  status: 'published',
  publications: dates.map((publishedAt) => ({ outlet: 'o', level: 'county', publishedAt, url: null })),
});

it('is null until the lead is decided or published', () => {
  expect(leadTimeliness(lead(), [])).toEqual({ hoursToDecision: null, hoursToFirstPublication: null });
});

it('counts hours to the first decision, to one decimal', () => {
  const t = leadTimeliness(lead([{ at: '2026-03-01T03:30:00.000Z' }, { at: '2026-03-05T00:00:00.000Z' }]), []);
  expect(t.hoursToDecision).toBe(2.5);
});

it('counts to the end of the first publication day in Asia/Shanghai, across articles', () => {
  // Sent 09:00 Shanghai on 1 March; first published 4 March, which ends at 5 March 00:00 Shanghai = 4 March 16:00 UTC.
  const t = leadTimeliness(lead(), [article('2026-03-06'), article('2026-03-04', '2026-03-09')]);
  expect(t.hoursToFirstPublication).toBe(16 + 3 * 24 - 1);
});
