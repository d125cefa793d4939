// Per-account keys on the device, and the one-time hand-over of the queue kept before keys were per account.
import { accountKv, adoptUnkeyed } from '@/outbox/accountStorage';
import type { KeyValue } from '@/outbox/ports';

function memoryKv(): KeyValue & { keys(): string[] } {
  const map = new Map<string, unknown>();
  return {
    get: <T>(key: string) => (map.has(key) ? (map.get(key) as T) : null),
    set: (key, value) => void map.set(key, value),
    remove: (key) => void map.delete(key),
    keys: () => [...map.keys()].sort(),
  };
}

test('two accounts writing the same key keep two values', () => {
  const kv = memoryKv();
  accountKv(kv, 'A').set('xx.drafts', ['a']);
  accountKv(kv, 'B').set('xx.drafts', ['b']);
  expect(accountKv(kv, 'A').get('xx.drafts')).toEqual(['a']);
  expect(accountKv(kv, 'B').get('xx.drafts')).toEqual(['b']);
  accountKv(kv, 'A').remove('xx.drafts');
  expect(accountKv(kv, 'B').get('xx.drafts')).toEqual(['b']);
});

test('the queue kept before per-account keys goes to the account signed in, once', () => {
  const kv = memoryKv();
  kv.set('xx.outbox.items', [{ clientId: 'old' }]);
  adoptUnkeyed(kv, 'A', ['xx.outbox.items', 'xx.drafts']);
  adoptUnkeyed(kv, 'B', ['xx.outbox.items', 'xx.drafts']);
  expect(accountKv(kv, 'A').get('xx.outbox.items')).toEqual([{ clientId: 'old' }]);
  expect(accountKv(kv, 'B').get('xx.outbox.items')).toBeNull();
  expect(kv.keys()).toEqual(['xx.acct.A.xx.outbox.items']);
});

test('adopting never overwrites what the account already has', () => {
  const kv = memoryKv();
  accountKv(kv, 'A').set('xx.drafts', ['mine']);
  kv.set('xx.drafts', ['unkeyed']);
  adoptUnkeyed(kv, 'A', ['xx.drafts']);
  expect(accountKv(kv, 'A').get('xx.drafts')).toEqual(['mine']);
});
