// Every status a lead can have gets a Chinese label and a colour.
import { LEAD_STATUSES } from '@core';
import type { LeadView } from '@core';
import { leadTag, statusTag } from '@/lib/leadStatusStyle';

describe('status tags', () => {
  it('label every status in Chinese', () => {
    for (const status of LEAD_STATUSES) {
      expect(statusTag(status).label).toMatch(/^[\u4e00-\u9fa5]+$/);
    }
  });

  it('colour what asks the reporter to act differently from good news and closed leads', () => {
    expect(statusTag('needs_info')).toEqual({ label: '待补充', tone: 'warning' });
    expect(statusTag('accepted')).toEqual({ label: '已采用', tone: 'success' });
    expect(statusTag('rejected').tone).toBe('muted');
    expect(statusTag('submitted').tone).toBe('info');
  });
});

describe("a lead's tag in the reporter's list", () => {
  const used = { status: 'used', articles: [{ publications: [] }] } as unknown as LeadView;
  const published = {
    status: 'used',
    articles: [
      { publications: [] },
      { publications: [{ outlet: '浙江日报', level: 'provincial', publishedAt: '2025-11-10' }] },
    ],
  } as unknown as LeadView;

  it('says 已刊发 once an article made from it is published, 已成稿 before', () => {
    expect(leadTag(used)).toEqual(statusTag('used'));
    expect(leadTag(published)).toEqual({ label: '已刊发', tone: 'brand' });
  });

  it('leaves every other status as it is', () => {
    const accepted = { status: 'accepted', articles: [] } as unknown as LeadView;
    expect(leadTag(accepted)).toEqual(statusTag('accepted'));
  });
});
