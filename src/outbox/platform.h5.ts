// H5: the queue and drafts in localStorage (small JSON), photo copies as compressed blobs in IndexedDB, which
// survives reloads and browser restarts. Never bundled into the mini-program.
import { compressPhoto } from '@/services/shrinkPhoto';
import { uuidV4 } from '@/lib/uuid';
import type { Platform } from './platform';

const DB_NAME = 'xiangxun-outbox';
const STORE = 'photos';
const REF_PREFIX = 'idb:';

let opened: Promise<IDBDatabase> | null = null;

function database(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return opened;
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  const db = await database();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const request = act(tx.objectStore(STORE));
    // Resolve on commit, not on the request: the blob is on disk before the queue names it.
    tx.oncomplete = () => resolve(request.result as T);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/** Object URLs for the photos shown or uploaded in this page's life. */
const urls = new Map<string, string>();

const lost = () => Object.assign(new Error('照片已丢失，请删除后重新添加'), { code: 'INVALID_ARGUMENT' });

export const platform: Platform = {
  kv: {
    get: <T>(key: string) => {
      const raw = localStorage.getItem(key);
      if (raw === null) return null;
      try {
        return JSON.parse(raw) as T;
      } catch {
        return null;
      }
    },
    set: (key, value) => localStorage.setItem(key, JSON.stringify(value)),
    remove: (key) => localStorage.removeItem(key),
  },
  vault: {
    async keep(source) {
      const picked = await (await fetch(source)).blob();
      const blob = await compressPhoto(picked);
      const id = uuidV4();
      await run('readwrite', (store) => store.put(blob, id));
      return REF_PREFIX + id;
    },
    async urlOf(ref) {
      const known = urls.get(ref);
      if (known) return known;
      const blob = await run<Blob | undefined>('readonly', (store) => store.get(ref.slice(REF_PREFIX.length)));
      if (!blob) throw lost();
      const url = URL.createObjectURL(blob);
      urls.set(ref, url);
      return url;
    },
    async discard(ref) {
      await run('readwrite', (store) => store.delete(ref.slice(REF_PREFIX.length)));
      const url = urls.get(ref);
      if (url) URL.revokeObjectURL(url);
      urls.delete(ref);
    },
  },
  watchNetwork(onChange) {
    window.addEventListener('online', () => onChange(true));
    window.addEventListener('offline', () => onChange(false));
    if (!navigator.onLine) onChange(false);
  },
};
