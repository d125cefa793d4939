// The device side of the outbox. Taro's build picks platform.weapp.ts or platform.h5.ts for its target instead of
// this file; TypeScript and tests see this one, which keeps everything in memory.
import type { KeyValue, PhotoVault } from './ports';

export interface Platform {
  kv: KeyValue;
  vault: PhotoVault;
  /** Reports the network coming and going (true = online). */
  watchNetwork(onChange: (online: boolean) => void): void;
}

const memory = new Map<string, unknown>();
let seq = 0;

export const platform: Platform = {
  kv: {
    get: <T>(key: string) => (memory.has(key) ? (memory.get(key) as T) : null),
    set: (key, value) => void memory.set(key, value),
    remove: (key) => void memory.delete(key),
  },
  vault: {
    keep: async (source) => `mem:${++seq}:${source}`,
    urlOf: async (ref) => ref.replace(/^mem:\d+:/, ''),
    discard: async () => undefined,
  },
  watchNetwork: () => undefined,
};
