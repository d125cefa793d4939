// A tiny HTTP client for the host's API: JSON calls, logins, function calls and multipart uploads.
import { DEMO_PASSWORD } from '../../cloudfunctions/adapters/local/demo';

export interface ErrorBody {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

// Tests read whatever the host answered; `data` is untyped on purpose.

export type Body = { ok: true; data: any } | { ok: false; error: ErrorBody };

export interface Answer {
  status: number;
  body: Body;
  headers: Headers;
}

/** The error of an answer that must have failed (fails the test otherwise). */
export function errorOf(answer: Answer): ErrorBody {
  if (answer.body.ok)
    throw new Error(`expected an error, got ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
  return answer.body.error;
}

/** The data of an answer that must have succeeded. */

export function dataOf(answer: Answer): any {
  if (!answer.body.ok) throw new Error(`expected ok, got ${answer.status} ${JSON.stringify(answer.body.error)}`);
  return answer.body.data;
}

export const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text);

export class Client {
  /** `base` may be a function, for a client made before its host has started (see useTestHost). */
  constructor(private readonly origin: string | (() => string)) {}

  get base(): string {
    return typeof this.origin === 'string' ? this.origin : this.origin();
  }

  async request(path: string, init: RequestInit = {}): Promise<Answer> {
    const res = await fetch(this.base + path, init);
    const text = await res.text();
    let body: Body;
    try {
      body = JSON.parse(text) as Body;
    } catch {
      throw new Error(`${init.method ?? 'GET'} ${path} answered ${res.status} with non-JSON: ${text.slice(0, 200)}`);
    }
    return { status: res.status, body, headers: res.headers };
  }

  postJson(path: string, body: unknown, token?: string): Promise<Answer> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    return this.request(path, { method: 'POST', headers, body: JSON.stringify(body) });
  }

  login(username: string, password: string = DEMO_PASSWORD): Promise<Answer> {
    return this.postJson('/api/login', { username, password });
  }

  async token(username: string, password: string = DEMO_PASSWORD): Promise<string> {
    return dataOf(await this.login(username, password)).token as string;
  }

  call(
    token: string | undefined,
    fn: string,
    action: string | undefined,
    payload: Record<string, unknown> = {},
  ): Promise<Answer> {
    return this.postJson(`/api/fn/${fn}`, action === undefined ? payload : { action, ...payload }, token);
  }

  upload(
    token: string | undefined,
    bytes: Buffer | Uint8Array,
    filename = 'photo.jpg',
    type = 'image/jpeg',
    field = 'file',
  ): Promise<Answer> {
    const form = new FormData();
    // Copied into a plain ArrayBuffer-backed view: Blob's types refuse a Buffer that might share memory.
    form.append(field, new Blob([new Uint8Array(bytes)], { type }), filename);
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    return this.request('/api/files', { method: 'POST', headers, body: form });
  }

  /** Follows nextCursor through a whole list and returns every item, failing on a repeated id. */

  async all(
    token: string,
    fn: string,
    action: string,
    payload: Record<string, unknown> = {},
    limit = 50,
  ): Promise<any[]> {
    const items: any[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 1000; pages++) {
      const data = dataOf(await this.call(token, fn, action, { ...payload, limit, ...(cursor ? { cursor } : {}) }));
      items.push(...data.items);
      cursor = data.nextCursor;
      if (cursor === null) return items;
    }
    throw new Error('list never ended');
  }
}
