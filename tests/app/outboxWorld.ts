// A world for the outbox tests: a phone (key-value storage, photo vault, clock, timers, network) and a server that
// holds requests until the test delivers them, deduplicates leads on clientId and stores uploads by their key.
import type { SubmitLeadInput } from '@core';
import { CloudError, networkError } from '@/services/envelope';
import { Outbox } from '@/outbox/outbox';
import type { KeyValue, OutboxPorts } from '@/outbox/ports';

export type Outcome = 'ok' | 'fail' | 'ackLost' | 'duplicate' | 'serverError';

interface Pending {
  kind: 'upload' | 'submit';
  apply: () => unknown;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

export class World {
  readonly storage = new Map<string, string>();
  readonly vault = new Set<string>();
  /** Refs discarded from the vault, with the clientId they belonged to. */
  readonly discarded = new Map<string, string>();
  readonly files = new Map<string, string>();
  readonly leads = new Map<string, { id: string; payload: SubmitLeadInput }>();
  readonly created = new Map<string, number>();
  pending: Pending[] = [];
  online = true;
  now = 1_700_000_000_000;
  /** Milliseconds the clock moves on each read: time passing while the outbox works (0, frozen, unless a test says). */
  drift = 0;
  timers = new Map<number, { at: number; run: () => void }>();
  private timerSeq = 0;
  private seed = 42;
  /** The jitter source; a test pins it (0.999… = the top of every backoff window) to see the window itself. */
  random = () => {
    this.seed = (this.seed * 1103515245 + 12345) % 2 ** 31;
    return this.seed / 2 ** 31;
  };
  maxUploadsSeen = 0;
  outbox: Outbox;

  constructor() {
    this.outbox = this.boot();
  }

  readonly kv: KeyValue = {
    get: <T>(key: string) => {
      const raw = this.storage.get(key);
      return raw === undefined ? null : (JSON.parse(raw) as T);
    },
    set: (key, value) => void this.storage.set(key, JSON.stringify(value)),
    remove: (key) => void this.storage.delete(key),
  };

  /** A fresh app process on the same storage, vault and server. */
  boot(): Outbox {
    const ports: OutboxPorts = {
      kv: this.kv,
      vault: {
        discard: async (ref) => {
          this.vault.delete(ref);
          this.discarded.set(ref, ref.split('#')[0]!);
        },
      },
      upload: (ref, key) =>
        this.request('upload', () => {
          if (!this.vault.has(ref)) throw new CloudError('INVALID_ARGUMENT', '照片已丢失');
          const fileID = `file:${key}`;
          this.files.set(fileID, ref);
          return fileID;
        }) as Promise<string>,
      submit: (payload) =>
        this.request('submit', () => {
          if (payload.photos!.some((f) => !this.files.has(f))) throw new CloudError('INVALID_ARGUMENT', '照片不存在');
          const known = this.leads.get(payload.clientId);
          if (known) {
            if (JSON.stringify(known.payload) !== JSON.stringify(payload)) throw new CloudError('CONFLICT', '内容不同');
            return { id: known.id };
          }
          const id = `lead-${this.leads.size + 1}`;
          this.leads.set(payload.clientId, { id, payload });
          this.created.set(payload.clientId, (this.created.get(payload.clientId) ?? 0) + 1);
          return { id };
        }) as Promise<{ id: string }>,
      now: () => {
        const t = this.now;
        this.now += this.drift;
        return t;
      },
      random: () => this.random(),
      setTimer: (run, ms) => {
        const id = ++this.timerSeq;
        this.timers.set(id, { at: this.now + ms, run });
        return id;
      },
      clearTimer: (id) => void this.timers.delete(id as number),
    };
    const outbox = new Outbox(ports);
    outbox.setOnline(this.online);
    outbox.start();
    return outbox;
  }

  private request(kind: Pending['kind'], apply: () => unknown): Promise<unknown> {
    if (!this.online) return Promise.reject(networkError());
    return new Promise((resolve, reject) => {
      this.pending.push({ kind, apply, resolve, reject });
      this.maxUploadsSeen = Math.max(this.maxUploadsSeen, this.pending.filter((p) => p.kind === 'upload').length);
    });
  }

  enqueue(clientId: string, photos: number): void {
    const refs = Array.from({ length: photos }, (_, i) => `${clientId}#${i}`);
    refs.forEach((r) => this.vault.add(r));
    this.outbox.add({
      clientId,
      lead: { title: `线索${clientId}`, body: '内容', category: '其他', urgent: false },
      photoRefs: refs,
    });
  }

  /** Answers one held request. */
  deliver(index: number, outcome: Outcome): void {
    const [req] = this.pending.splice(index % this.pending.length, 1);
    if (!req) return;
    const run = () => {
      try {
        return { value: req.apply() };
      } catch (err) {
        return { err };
      }
    };
    if (outcome === 'fail') return req.reject(networkError());
    if (outcome === 'serverError') return req.reject(new CloudError('INTERNAL', '服务器开小差了，请稍后再试'));
    const first = run();
    if (outcome === 'ackLost') return req.reject(networkError());
    const answer = outcome === 'duplicate' ? run() : first;
    if ('err' in answer) req.reject(answer.err);
    else req.resolve(answer.value);
  }

  /** The app dies: requests on the wire reach the server or not, and their answers go nowhere. */
  kill(reached: boolean): void {
    this.outbox.stop();
    for (const req of this.pending) {
      if (reached) {
        try {
          req.apply();
        } catch {
          // the server refused it; nobody hears about it
        }
      }
    }
    this.pending = [];
    this.timers.clear();
    this.outbox = this.boot();
  }

  setNetwork(online: boolean): void {
    this.online = online;
    this.outbox.setOnline(online);
  }

  /** Time passes; timers due fire, and with `early` those due within that many ms too (a platform timer firing early). */
  tick(ms: number, early = 0): void {
    this.now += ms;
    for (const [id, t] of [...this.timers]) {
      if (t.at <= this.now + early) {
        this.timers.delete(id);
        t.run();
      }
    }
  }
}

/** Lets promise continuations run. */
export const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
};
