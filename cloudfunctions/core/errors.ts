// Typed errors of the domain and their mapping to the envelope of DESIGN 4.1.

export const ERROR_STATUS = {
  INVALID_ARGUMENT: 400,
  UNAUTHENTICATED: 401,
  PERMISSION_DENIED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  toBody(): ErrorBody {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export const invalid = (message: string, details?: Record<string, unknown>) =>
  new AppError('INVALID_ARGUMENT', message, details);
export const unauthenticated = (message = '登录已失效，请重新登录') => new AppError('UNAUTHENTICATED', message);
export const denied = (message = '您的账号没有执行此操作的权限') => new AppError('PERMISSION_DENIED', message);
export const notFound = (message: string) => new AppError('NOT_FOUND', message);
export const conflict = (message: string, details?: Record<string, unknown>) =>
  new AppError('CONFLICT', message, details);

export function okEnvelope<T>(data: T): Envelope<T> {
  return { ok: true, data };
}

/** Any thrown value becomes an error envelope; unknown errors never leak internals. */
export function errorEnvelope(err: unknown): { ok: false; error: ErrorBody } {
  if (err instanceof AppError) return { ok: false, error: err.toBody() };
  return { ok: false, error: { code: 'INTERNAL', message: '服务器开小差了，请稍后再试' } };
}
