// Login throttling that keeps brute force out without letting one person lock out another (issue 11):
// - per address: many failures from one address within fifteen minutes hold that address back until the window of
//   the oldest one ends; the accounts themselves stay open to everyone else;
// - per account: after five failures from anywhere, each further try waits a short delay that doubles with every
//   failure (1 s, 2 s, 4 s … at most a minute), so guessing one password stays slow while its owner, even behind the
//   same village office NAT, waits seconds rather than fifteen minutes. A success clears the account's count.

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;
export const ADDRESS_MAX_FAILURES = 30;
export const MAX_DELAY_SECONDS = 60;
/** Bound on tracked addresses and accounts, so a flood of made-up usernames cannot grow memory without end. */
const MAX_KEYS = 50_000;

interface AccountFailures {
  count: number;
  last: number;
}

/** Adds to a bounded map, dropping the oldest entries (insertion order) when it is full. */
function boundedSet<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  if (map.size >= MAX_KEYS) [...map.keys()].slice(0, map.size - MAX_KEYS + 1).forEach((k) => map.delete(k));
  map.set(key, value);
}

export class LoginLimiter {
  private readonly byAddress = new Map<string, number[]>();
  private readonly byAccount = new Map<string, AccountFailures>();

  static account(username: string): string {
    return username.trim().toLowerCase();
  }

  private addressFailures(ip: string, now: number): number[] {
    return (this.byAddress.get(ip) ?? []).filter((t) => t > now - WINDOW_MS);
  }

  private accountFailures(username: string, now: number): AccountFailures | null {
    const entry = this.byAccount.get(LoginLimiter.account(username));
    return entry && entry.last > now - WINDOW_MS ? entry : null;
  }

  /** Seconds until this username may be tried from this address, or null when it may be tried now. */
  retryAfter(username: string, ip: string, now: number): number | null {
    const waits: number[] = [];
    const address = this.addressFailures(ip, now);
    if (address.length >= ADDRESS_MAX_FAILURES) {
      waits.push((address[address.length - ADDRESS_MAX_FAILURES] as number) + WINDOW_MS - now);
    }
    const account = this.accountFailures(username, now);
    if (account && account.count >= MAX_FAILURES) {
      const delay = Math.min(2 ** (account.count - MAX_FAILURES), MAX_DELAY_SECONDS) * 1000;
      if (account.last + delay > now) waits.push(account.last + delay - now);
    }
    return waits.length ? Math.max(1, Math.ceil(Math.max(...waits) / 1000)) : null;
  }

  fail(username: string, ip: string, now: number): void {
    boundedSet(this.byAddress, ip, [...this.addressFailures(ip, now), now].slice(-ADDRESS_MAX_FAILURES));
    const count = (this.accountFailures(username, now)?.count ?? 0) + 1;
    boundedSet(this.byAccount, LoginLimiter.account(username), { count, last: now });
  }

  /** The account's own count starts over; the address keeps its failures (one good password must not reset them). */
  succeed(username: string): void {
    this.byAccount.delete(LoginLimiter.account(username));
  }
}
