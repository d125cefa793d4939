// Login throttling per (username, address): five failures within fifteen minutes lock that pair
// until the window of the oldest failure ends; a successful login clears the count.

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;
/** Bound on tracked pairs, so a flood of made-up usernames cannot grow memory without end. */
const MAX_KEYS = 50_000;

export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  static key(username: string, ip: string): string {
    return `${username.trim().toLowerCase()}\u0000${ip}`;
  }

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => t > now - WINDOW_MS);
    if (list.length === 0) this.failures.delete(key);
    else this.failures.set(key, list);
    return list;
  }

  /** Seconds until this pair may try again, or null when it may try now. */
  retryAfter(key: string, now: number): number | null {
    const list = this.recent(key, now);
    if (list.length < MAX_FAILURES) return null;
    const unlockAt = (list[list.length - MAX_FAILURES] as number) + WINDOW_MS;
    return Math.max(1, Math.ceil((unlockAt - now) / 1000));
  }

  fail(key: string, now: number): void {
    if (!this.failures.has(key) && this.failures.size >= MAX_KEYS) this.prune(now);
    const list = this.recent(key, now);
    list.push(now);
    this.failures.set(key, list.slice(-MAX_FAILURES));
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }

  private prune(now: number): void {
    for (const key of [...this.failures.keys()]) this.recent(key, now);
    // Still full of live entries: drop the oldest pairs rather than refuse to count.
    const excess = this.failures.size - MAX_KEYS + 1;
    if (excess > 0) [...this.failures.keys()].slice(0, excess).forEach((k) => this.failures.delete(k));
  }
}
