// Ages and dates as a township reads them, always in China time.
import { submitLeadSchema } from '@core';
import { formatAge, formatDate, formatDateTime, occurredAtFrom, pickerValues } from '@/lib/time';

const now = new Date('2025-11-26T06:00:00Z'); // 14:00 in China

describe('how long a lead has waited', () => {
  it.each([
    ['2025-11-26T05:59:40Z', '刚刚'],
    ['2025-11-26T05:55:00Z', '5分钟前'],
    ['2025-11-26T03:00:00Z', '3小时前'],
    ['2025-11-24T05:00:00Z', '2天前'],
    ['2025-09-01T02:00:00Z', '9月1日'],
    ['2024-12-31T17:00:00Z', '1月1日'],
    ['2024-12-31T15:00:00Z', '2024年12月31日'],
  ])('%s reads "%s"', (iso, text) => {
    expect(formatAge(iso, now)).toBe(text);
  });

  it('shows a date in another year with its year', () => {
    expect(formatDate('2024-11-26T06:00:00Z', now)).toBe('2024年11月26日');
  });
});

describe('dates and pickers', () => {
  it('shows a time in China time, whatever the device zone', () => {
    expect(formatDateTime('2025-11-25T16:30:00Z')).toBe('2025-11-26 00:30');
  });

  it('starts the pickers at "now" in China time', () => {
    expect(pickerValues(now)).toEqual({ date: '2025-11-26', time: '14:00' });
  });

  it('turns the pickers into an occurredAt the shared schema accepts', () => {
    const occurredAt = occurredAtFrom('2025-11-26', '09:05');
    expect(occurredAt).toBe('2025-11-26T09:05:00+08:00');
    const payload = {
      clientId: '0b7c8a2e-3f4d-4c6b-9a1e-2d3c4b5a6f70',
      title: '标题',
      body: '内容',
      category: '其他',
      occurredAt,
    };
    expect(submitLeadSchema.safeParse(payload).success).toBe(true);
  });

  it('gives no occurredAt for unreadable picker values', () => {
    expect(occurredAtFrom('26/11/2025', '09:05')).toBeNull();
    expect(occurredAtFrom('2025-11-26', '9点')).toBeNull();
  });
});
