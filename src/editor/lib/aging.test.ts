// The queue shows how long a lead has waited: amber past the township's first threshold, red past the second.
import { agingBadge, agingLevel, formatHours, hoursBetween } from './aging';

const now = new Date('2026-03-10T12:00:00+08:00');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600 * 1000).toISOString();

describe('aging of a waiting lead', () => {
  it('stays unmarked up to 24 hours, turns amber after, red after 72 hours', () => {
    expect(agingLevel(23.9)).toBe('fresh');
    expect(agingLevel(24)).toBe('fresh');
    expect(agingLevel(24.1)).toBe('amber');
    expect(agingLevel(72)).toBe('amber');
    expect(agingLevel(72.5)).toBe('red');
  });

  it('follows the thresholds the township chose', () => {
    expect(agingLevel(13, { amber: 12, red: 48 })).toBe('amber');
    expect(agingLevel(49, { amber: 12, red: 48 })).toBe('red');
  });

  it('badges only leads still waiting for a decision, saying how long', () => {
    expect(agingBadge({ status: 'submitted', createdAt: hoursAgo(30) }, undefined, now)).toEqual({
      level: 'amber',
      text: '已等1天6小时',
    });
    expect(agingBadge({ status: 'submitted', createdAt: hoursAgo(100) }, undefined, now)).toEqual({
      level: 'red',
      text: '已等4天4小时',
    });
    expect(agingBadge({ status: 'submitted', createdAt: hoursAgo(2) }, undefined, now)).toBeNull();
    expect(agingBadge({ status: 'accepted', createdAt: hoursAgo(100) }, undefined, now)).toBeNull();
  });

  it('never counts a time in the future or a broken date as waiting', () => {
    expect(hoursBetween(new Date(now.getTime() + 3600_000).toISOString(), now)).toBe(0);
    expect(hoursBetween('不是日期', now)).toBe(0);
  });
});

describe('hours as people read them', () => {
  it.each([
    [0.5, '不到1小时'],
    [5.9, '5小时'],
    [24, '1天'],
    [50, '2天2小时'],
    [24 * 9 + 5, '9天'],
  ])('%s hours → %s', (hours, text) => {
    expect(formatHours(hours)).toBe(text);
  });
});
