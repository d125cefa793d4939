// The date tests live on: a fixed instant that then runs at real speed, so nothing depends on the day the suite
// runs (the demo year, "today" in Shanghai, token and URL expiries all follow the host's clock, not the calendar).
import type { Clock } from '../../cloudfunctions/core/ports';

/** Mid-June, far from a year or month boundary in any time zone. */
export const TEST_EPOCH = new Date('2026-06-15T04:00:00.000Z');

/** Starts at `epoch` when created and advances with the real clock (timeouts and orderings still work). */
export function runningClockFrom(epoch: Date = TEST_EPOCH): Clock {
  const started = Date.now();
  return { now: () => new Date(epoch.getTime() + (Date.now() - started)) };
}

/** The Shanghai calendar date (UTC+8 all year) of `at`, shifted by whole days. */
export const shanghaiDay = (at: Date, offsetDays = 0) =>
  new Date(at.getTime() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
