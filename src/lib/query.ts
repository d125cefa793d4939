// What every screen's loading shares, without React: query keys, the "newest request wins" guard, and the
// invalidation signal a change sends so the screens showing what it changed load again.

/** Names what a screen shows, most general first: ['leads', 'get', id], ['leads', 'counts', filters]. */
export type QueryKey = readonly unknown[];

const text = (part: unknown) => JSON.stringify(part) ?? 'undefined';

export const keyText = (key: QueryKey) => key.map(text).join('|');

/** ['leads'] covers every lead query; ['leads', 'get', 'A'] covers only lead A. */
export const keyCovers = (prefix: QueryKey, key: QueryKey) =>
  prefix.length <= key.length && prefix.every((part, i) => text(part) === text(key[i]));

/**
 * Numbers requests so that only the answer to the newest one is used: an answer to a request made before another
 * (the person picked another lead, reloaded, or an action already put the fresh value on screen) is dropped.
 */
export class Latest {
  private ticket = 0;

  begin(): number {
    return ++this.ticket;
  }

  isCurrent(ticket: number): boolean {
    return ticket === this.ticket;
  }

  /** Whatever is in flight is now stale. */
  supersede(): void {
    this.ticket++;
  }
}

type Listener = (prefix: QueryKey) => void;
const listeners = new Set<Listener>();

/** Something changed on the server: every query under these prefixes loads again (counts after a decision). */
export function invalidate(...prefixes: QueryKey[]): void {
  for (const prefix of prefixes) for (const listener of [...listeners]) listener(prefix);
}

export function onInvalidate(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
