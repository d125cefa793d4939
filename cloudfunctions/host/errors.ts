// Every error the host answers, including Fastify's and the multipart plugin's own, becomes the envelope
// of DESIGN 4.1 with a Chinese message and the code's HTTP status; nothing internal leaks.
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ERROR_STATUS, errorEnvelope, type ErrorCode } from '../core/errors';

const MESSAGES = {
  notJson: '请求格式不支持：请以 JSON 发送（Content-Type: application/json）',
  notMultipart: '请用表单（multipart/form-data）的 file 字段上传照片',
  bodyTooLarge: '请求内容超过 1 MB，请精简后重试',
  fileTooLarge: '照片超过 10 MB，请压缩后再上传',
  oneFile: '一次只能上传一张照片',
  badRequest: '请求格式不正确，请检查后重试',
  badJson: '请求内容不是有效的 JSON，请检查后重试',
  upload: '照片没有传完整，请重新上传',
  urlTooLong: '请求地址太长，请检查后重试',
  headersTooLarge: '请求头太大，请清理浏览器数据后重试',
} as const;

/** Statuses outside the envelope's codes that the HTTP layer still answers with (the code stays the nearest one). */
const OWN_STATUS: Record<string, number> = { FST_ERR_MAX_PARAM_LENGTH: 414 };

/** Known framework/plugin error codes → our code and message. */
const FRAMEWORK_ERRORS: Record<string, [ErrorCode, keyof typeof MESSAGES]> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['UNSUPPORTED_MEDIA_TYPE', 'notJson'],
  FST_ERR_CTP_INVALID_TYPE: ['UNSUPPORTED_MEDIA_TYPE', 'notJson'],
  FST_ERR_CTP_EMPTY_TYPE: ['UNSUPPORTED_MEDIA_TYPE', 'notJson'],
  FST_INVALID_MULTIPART_CONTENT_TYPE: ['UNSUPPORTED_MEDIA_TYPE', 'notMultipart'],
  FST_ERR_CTP_BODY_TOO_LARGE: ['PAYLOAD_TOO_LARGE', 'bodyTooLarge'],
  FST_REQ_FILE_TOO_LARGE: ['PAYLOAD_TOO_LARGE', 'fileTooLarge'],
  FST_FILES_LIMIT: ['PAYLOAD_TOO_LARGE', 'oneFile'],
  FST_PARTS_LIMIT: ['PAYLOAD_TOO_LARGE', 'oneFile'],
  FST_FIELDS_LIMIT: ['PAYLOAD_TOO_LARGE', 'oneFile'],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['INVALID_ARGUMENT', 'badJson'],
  FST_ERR_CTP_INVALID_JSON_BODY: ['INVALID_ARGUMENT', 'badJson'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ['INVALID_ARGUMENT', 'badRequest'],
  FST_ERR_BAD_URL: ['INVALID_ARGUMENT', 'badRequest'],
  FST_PROTO_VIOLATION: ['INVALID_ARGUMENT', 'badRequest'],
  FST_MP_PREMATURE_CLOSE: ['INVALID_ARGUMENT', 'upload'],
  FST_ERR_MAX_PARAM_LENGTH: ['INVALID_ARGUMENT', 'urlTooLong'],
};

const STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
};

/** Turns anything thrown while handling `url` into an AppError, or null for a genuine server fault. */
export function toAppError(err: unknown, url: string): AppError | null {
  if (err instanceof AppError) return err;
  const { code, statusCode } = (err ?? {}) as { code?: unknown; statusCode?: unknown };
  const known = typeof code === 'string' ? FRAMEWORK_ERRORS[code] : undefined;
  if (known) {
    const [appCode, key] = known;
    const message = key === 'notJson' && url.startsWith('/api/files') ? MESSAGES.notMultipart : MESSAGES[key];
    return new AppError(appCode, message);
  }
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    return new AppError(STATUS_CODES[statusCode] ?? 'INVALID_ARGUMENT', MESSAGES.badRequest);
  }
  return null;
}

export function sendError(reply: FastifyReply, err: AppError, status: number = err.status): FastifyReply {
  if (err.code === 'RATE_LIMITED' && typeof err.details?.retryAfterSeconds === 'number') {
    reply.header('Retry-After', String(err.details.retryAfterSeconds));
  }
  return reply.code(status).type('application/json; charset=utf-8').send(errorEnvelope(err));
}

/** Fastify's `frameworkErrors`: a path it cannot decode, a parameter over maxParamLength, before any route runs. */
export function answerFrameworkError(err: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const appError = toAppError(err, request.url) ?? new AppError('INVALID_ARGUMENT', MESSAGES.badRequest);
  sendError(reply, appError, OWN_STATUS[err.code] ?? appError.status);
}

/**
 * Node's HTTP parser refusing a request (a request line or headers over its limit, malformed HTTP): Fastify would
 * answer its own JSON; this writes the envelope instead, then closes the socket, which is all that is left to do.
 */
export function answerClientError(err: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
  const [status, reason] = tooLarge ? [431, 'Request Header Fields Too Large'] : [400, 'Bad Request'];
  const body = JSON.stringify(
    errorEnvelope(new AppError('INVALID_ARGUMENT', tooLarge ? MESSAGES.headersTooLarge : MESSAGES.badRequest)),
  );
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: unknown, request: FastifyRequest, reply: FastifyReply) => {
    // Refused before the whole body was read (an upload too large, without a token…): close the connection
    // after answering, so the rest of the body is not read for nothing or left stalled on a kept-alive socket.
    if (!request.raw.complete) reply.header('Connection', 'close');
    const appError = toAppError(err, request.url);
    if (appError) return sendError(reply, appError);
    request.log.error({ err }, 'unexpected error');
    return reply.code(ERROR_STATUS.INTERNAL).type('application/json; charset=utf-8').send(errorEnvelope(err));
  });

  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const message = request.url.startsWith('/api/')
      ? '没有这个接口，请检查地址是否正确'
      : '没有找到这个页面，请检查地址是否正确';
    return sendError(reply, new AppError('NOT_FOUND', message));
  });
}
