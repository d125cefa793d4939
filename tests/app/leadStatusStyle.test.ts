// Every status a lead can have gets a Chinese label and a colour.
import { LEAD_STATUSES } from '@core';
import { statusTag } from '@/lib/leadStatusStyle';

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
