// Retry delays: full-jitter exponential backoff (base 1 s, cap 60 s), so phones that lost the network together
// do not all come back in the same second.

export const BACKOFF_BASE_MS = 1000;
export const BACKOFF_CAP_MS = 60_000;

/** Delay before retry number `attempt` (1 = first retry): uniform in [0, min(cap, base·2^(attempt-1))). */
export function fullJitterDelay(
  attempt: number,
  random: () => number,
  base = BACKOFF_BASE_MS,
  cap = BACKOFF_CAP_MS,
): number {
  const ceiling = Math.min(cap, base * 2 ** Math.max(0, Math.min(30, attempt - 1)));
  return Math.floor(random() * ceiling);
}
