// Turns what the backend answered (an envelope, an HTTP body, nothing at all) into data or a CloudError.
// Plain TypeScript so both gateways share it and jest can test it without a Taro runtime.
import type { ErrorCode } from '@core';

export type CloudErrorCode = ErrorCode | 'NETWORK';

export const NETWORK_MESSAGE = '网络不给力，请稍后重试';
const BROKEN_ANSWER_MESSAGE = '服务器开小差了，请稍后再试';

export class CloudError extends Error {
  readonly code: CloudErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: CloudErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'CloudError';
    this.code = code;
    this.details = details;
  }
}

export const networkError = () => new CloudError('NETWORK', NETWORK_MESSAGE);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `{ok: true, data}` → data; `{ok: false, error}` → throws that error; anything else is a broken answer. */
export function unwrapEnvelope<T>(raw: unknown): T {
  if (isRecord(raw) && raw.ok === true && 'data' in raw) return raw.data as T;
  if (isRecord(raw) && raw.ok === false && isRecord(raw.error)) {
    const { code, message, details } = raw.error;
    if (typeof code === 'string' && typeof message === 'string') {
      throw new CloudError(code as ErrorCode, message, isRecord(details) ? details : undefined);
    }
  }
  throw new CloudError('INTERNAL', BROKEN_ANSWER_MESSAGE);
}

/**
 * The body of an HTTP answer from the local host, parsed. The host always answers with an envelope;
 * a proxy or a crashed server may not, so a bare 401 still means "log in again" and other
 * non-JSON answers become a network problem the person can retry.
 */
export function envelopeFromHttp(status: number, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    if (status === 401) return { ok: false, error: { code: 'UNAUTHENTICATED', message: '登录已失效，请重新登录' } };
    if (status >= 500 || status === 0) return { ok: false, error: { code: 'NETWORK', message: NETWORK_MESSAGE } };
    return { ok: false, error: { code: 'INTERNAL', message: BROKEN_ANSWER_MESSAGE } };
  }
}

/** Upload and call failures in one readable sentence, whatever was thrown. */
export function messageOf(err: unknown): string {
  if (err instanceof CloudError) return err.message;
  return NETWORK_MESSAGE;
}
