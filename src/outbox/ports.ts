// What the outbox needs from the device and the backend, injected so the queue logic runs without any Taro runtime.
import type { SubmitLeadInput } from '@core';

/** Synchronous key-value storage (Taro storage / localStorage): one write is atomic, so a kill never half-writes. */
export interface KeyValue {
  get<T>(key: string): T | null;
  set(key: string, value: unknown): void;
  remove(key: string): void;
}

/** Persistent copies of photos (weapp: files under USER_DATA_PATH; H5: blobs in IndexedDB), named by `ref`. */
export interface PhotoVault {
  /** Compresses a picked photo and keeps a copy that survives restarts; returns its ref. */
  keep(source: string): Promise<string>;
  /** Something an <Image> or an upload can read (a file path or a blob: URL). */
  urlOf(ref: string): Promise<string>;
  discard(ref: string): Promise<void>;
}

export interface OutboxPorts {
  kv: KeyValue;
  vault: Pick<PhotoVault, 'discard'>;
  /** Stores a photo under a deterministic key (a repeat overwrites) and answers its fileID. */
  upload(ref: string, key: string, onProgress: (percent: number) => void): Promise<string>;
  /** leads.submit: idempotent on clientId. */
  submit(payload: SubmitLeadInput): Promise<{ id: string }>;
  now(): number;
  /** In [0, 1): the jitter of the backoff. */
  random(): number;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

/** Failures worth retrying by themselves: the network, an overloaded or crashed server. */
const TRANSIENT = new Set(['NETWORK', 'INTERNAL', 'RATE_LIMITED']);

export function isTransient(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code !== 'string' || TRANSIENT.has(code);
}

export function reasonOf(err: unknown): string {
  const message = (err as { message?: unknown } | null)?.message;
  return typeof message === 'string' && /[\u4e00-\u9fff]/.test(message) ? message : '网络不给力，请稍后重试';
}
