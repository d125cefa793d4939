// Full-jitter backoff: uniform below min(60 s, 1 s · 2^(n-1)).
import { BACKOFF_CAP_MS, fullJitterDelay } from '@/outbox/backoff';

it('doubles the ceiling per attempt from 1 s and never exceeds 60 s', () => {
  const almostOne = () => 0.999999;
  expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map((n) => fullJitterDelay(n, almostOne))).toEqual([
    999, 1999, 3999, 7999, 15999, 31999, 59999, 59999, 59999,
  ]);
  expect(fullJitterDelay(3, () => 0)).toBe(0);
  expect(fullJitterDelay(1000, almostOne)).toBeLessThan(BACKOFF_CAP_MS);
});

it('spreads retries over the whole window', () => {
  expect(fullJitterDelay(4, () => 0.5)).toBe(4000);
  expect(fullJitterDelay(4, () => 0.25)).toBe(2000);
});
