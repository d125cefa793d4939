// The login limiter on its own, with explicit instants: the address limit never locks an account for others.
import { ADDRESS_MAX_FAILURES, LoginLimiter, MAX_FAILURES, WINDOW_MS } from '../../cloudfunctions/host/auth/rateLimit';

const T0 = Date.parse('2026-05-04T08:00:00.000Z');

test('an address over its limit is held back; the same account from another address is not', () => {
  const limiter = new LoginLimiter();
  for (let i = 0; i < ADDRESS_MAX_FAILURES; i++) limiter.fail(`someone${i}`, '10.0.0.1', T0);
  expect(limiter.retryAfter('editor', '10.0.0.1', T0)).toBe(WINDOW_MS / 1000);
  expect(limiter.retryAfter('editor', '10.0.0.2', T0)).toBeNull();
  expect(limiter.retryAfter('editor', '10.0.0.1', T0 + WINDOW_MS)).toBeNull();
});

test('an account’s delay doubles with each failure past five, up to a minute, and a success clears it', () => {
  const limiter = new LoginLimiter();
  let now = T0;
  const delays: number[] = [];
  for (let i = 0; i < MAX_FAILURES + 8; i++) {
    const wait = limiter.retryAfter('Reporter1', `10.0.1.${i}`, now);
    if (wait !== null) {
      delays.push(wait);
      now += wait * 1000;
    }
    limiter.fail('reporter1 ', `10.0.1.${i}`, now);
  }
  expect(delays).toEqual([1, 2, 4, 8, 16, 32, 60, 60]);
  limiter.succeed('REPORTER1');
  expect(limiter.retryAfter('reporter1', '10.0.9.9', now)).toBeNull();
});
