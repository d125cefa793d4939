// Device storage per account: a shared phone keeps each person's drafts and outbox apart, so a lead queued by one
// reporter is never listed, edited or sent under another's sign-in. Signing out parks them (kept, keyed).
import type { KeyValue } from './ports';

export const accountPrefix = (accountId: string) => `xx.acct.${accountId}.`;

/** The same storage, seen through one account's prefix. */
export function accountKv(kv: KeyValue, accountId: string): KeyValue {
  const prefix = accountPrefix(accountId);
  return {
    get: <T>(key: string) => kv.get<T>(prefix + key),
    set: (key, value) => kv.set(prefix + key, value),
    remove: (key) => kv.remove(prefix + key),
  };
}

/**
 * Versions before per-account keys kept one global queue and drafts list. They are handed, once, to the account
 * signed in when this version first runs: the person who was using the phone, and so almost always their author.
 */
export function adoptUnkeyed(kv: KeyValue, accountId: string, keys: readonly string[]): void {
  const mine = accountKv(kv, accountId);
  for (const key of keys) {
    const unkeyed = kv.get<unknown>(key);
    if (unkeyed === null) continue;
    if (mine.get<unknown>(key) === null) mine.set(key, unkeyed);
    kv.remove(key);
  }
}
