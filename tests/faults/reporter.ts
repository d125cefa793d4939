// A simulated reporter: the app's real Outbox (src/outbox) on Node ports — memory storage that outlives the host's
// crashes, a photo vault of JPEG buffers, real timers, and HTTP to the host the way the H5 gateway talks to it.
import { Outbox } from '../../src/outbox/outbox';
import type { OutboxPorts } from '../../src/outbox/ports';
import { envelopeFromHttp, networkError, unwrapEnvelope } from '../../src/services/envelope';
import type { SubmitLeadInput } from '../../cloudfunctions/core/leads/schemas';
import { DEFAULT_CATEGORIES } from '../../cloudfunctions/core/vocabulary';

/** Requests still waiting for an answer, by start time: what a stuck run prints. */
export const inFlight = new Map<number, { url: string; since: number }>();
let requests = 0;

async function post(url: string, init: RequestInit): Promise<unknown> {
  let status: number;
  let text: string;
  const id = ++requests;
  inFlight.set(id, { url, since: Date.now() });
  try {
    const res = await fetch(url, init);
    status = res.status;
    text = await res.text();
  } catch {
    throw networkError();
  } finally {
    inFlight.delete(id);
  }
  return unwrapEnvelope(envelopeFromHttp(status, text));
}

export class Reporter {
  readonly photos = new Map<string, Buffer>();
  /** What each queued lead should arrive with: its number of photos. */
  readonly expected = new Map<string, number>();
  readonly outbox: Outbox;
  private readonly storage = new Map<string, string>();

  constructor(
    readonly base: string,
    readonly token: string,
  ) {
    const auth = { Authorization: `Bearer ${token}` };
    const ports: OutboxPorts = {
      kv: {
        get: <T>(key: string) => (this.storage.has(key) ? (JSON.parse(this.storage.get(key)!) as T) : null),
        set: (key, value) => void this.storage.set(key, JSON.stringify(value)),
        remove: (key) => void this.storage.delete(key),
      },
      vault: { discard: async (ref) => void this.photos.delete(ref) },
      upload: async (ref, key) => {
        const bytes = this.photos.get(ref);
        if (!bytes) throw new Error(`photo ${ref} discarded before its upload`);
        const form = new FormData();
        form.append('key', key);
        form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), 'photo.jpg');
        const data = (await post(`${base}/api/files`, { method: 'POST', headers: auth, body: form })) as {
          fileID: string;
        };
        return data.fileID;
      },
      submit: async (payload: SubmitLeadInput) =>
        (await post(`${base}/api/fn/leads`, {
          method: 'POST',
          headers: { ...auth, 'Content-Type': 'application/json' },
          body: JSON.stringify({ ...payload, action: 'submit' }),
        })) as { id: string },
      now: () => Date.now(),
      random: Math.random,
      setTimer: (run, ms) => setTimeout(run, ms),
      clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
    };
    this.outbox = new Outbox(ports);
    this.outbox.start();
  }

  send(clientId: string, title: string, photos: Buffer[]): void {
    const refs = photos.map((bytes, i) => {
      const ref = `${clientId}#${i}`;
      this.photos.set(ref, bytes);
      return ref;
    });
    this.expected.set(clientId, photos.length);
    this.outbox.add({
      clientId,
      lead: { title, body: `${title}。村里的新鲜事，请编辑审阅。`, category: DEFAULT_CATEGORIES[0], urgent: false },
      photoRefs: refs,
    });
  }

  pending(): number {
    return this.outbox.list().filter((i) => i.state !== 'submitted').length;
  }

  failed(): string[] {
    return this.outbox
      .list()
      .filter((i) => i.state === 'failed')
      .map((i) => `${i.clientId}: ${i.reason}`);
  }

  stop(): void {
    this.outbox.stop();
  }
}
