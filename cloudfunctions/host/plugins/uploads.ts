// POST /api/files: one photo per request, checked by content and header before it is decoded,
// then re-encoded without metadata and stored under a random fileID owned by the uploader, or, when the form names a
// `key`, under a fileID derived from uploader + key, so a retried upload finds the same file (never replaces it).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, invalid, okEnvelope } from '../../core/errors';
import { stripMetadata } from '../../core/photoMetadata';
import { detectImageType, readDimensions } from '../images/inspect';
import { MAX_PIXELS, reencode } from '../images/reencode';
import type { HostState } from '../state';
import type { AccountRecord } from '../../core/accounts/records';
import { XLSX_MIME } from '../../core/ports';
import { toAppError } from '../errors';
import { authPlugin, callerOf } from './auth';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** Optional `key` field (before the file): letters, digits, `-` and `_`, up to 100 characters. */
const KEY_PATTERN = /^[0-9A-Za-z_-]{1,100}$/;

function uploadKeyOf(fields: Record<string, unknown>): string | undefined {
  const field = fields.key as { value?: unknown } | undefined;
  if (field === undefined) return undefined;
  const value = field.value;
  if (typeof value !== 'string' || !KEY_PATTERN.test(value)) {
    throw invalid('上传标识（key）只能包含字母、数字、- 和 _，最长 100 个字符', { field: 'key' });
  }
  return value;
}

/** The form's `key` and file bytes; a form the parser cannot read (no boundary, cut short) is the sender's fault. */
async function readForm(request: FastifyRequest): Promise<{ key: string | undefined; bytes: Buffer }> {
  try {
    const part = await request.file({ limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, parts: 11 } });
    if (!part || part.fieldname !== 'file') throw invalid('请选择要上传的照片（表单字段 file）', { field: 'file' });
    const key = uploadKeyOf(part.fields);
    const bytes = await part.toBuffer(); // throws FST_REQ_FILE_TOO_LARGE past 10 MB…
    // …but only when the limit falls between two chunks: reached on the last one, the stream just ends truncated.
    if (part.file.truncated) throw new request.server.multipartErrors.RequestFileTooLargeError();
    if (bytes.length === 0) throw invalid('照片是空的，请重新选择', { field: 'file' });
    return { key, bytes };
  } catch (err) {
    // busboy's own errors ("Boundary not found", "Unexpected end of form") carry no code.
    if (toAppError(err, request.url)) throw err;
    throw invalid('上传的表单不完整或格式有误，请重新上传', { field: 'file' });
  }
}

/** An .xlsx is a zip: its local file header comes first. */
const isZip = (bytes: Buffer) => bytes.length > 4 && bytes.readUInt32LE(0) === 0x04034b50;

/** An admin's spreadsheet for an import (platforms.importMonthly), stored as it came; the import reads it. */
async function saveSpreadsheet(state: HostState, account: AccountRecord, bytes: Buffer) {
  if (account.role !== 'admin') throw new AppError('UNSUPPORTED_MEDIA_TYPE', '只能上传 JPEG、PNG 或 WebP 格式的照片');
  const row = state.files.save(bytes, { owner: account, mime: XLSX_MIME, width: 0, height: 0 });
  return { fileID: row.id, url: (await state.files.signedUrls([row.id])).get(row.id) as string };
}

export async function uploadsPlugin(app: FastifyInstance, { state }: { state: HostState }): Promise<void> {
  // A little over the file limit: the form's boundaries and fields come on top of the photo.
  await app.register(authPlugin, { state, bodyLimit: MAX_UPLOAD_BYTES + 64 * 1024 });
  app.post('/api/files', async (request) => {
    const account = callerOf(request);
    if (!request.isMultipart()) {
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', '请用表单（multipart/form-data）的 file 字段上传照片');
    }
    const { key, bytes } = await readForm(request);
    if (isZip(bytes)) return okEnvelope(await saveSpreadsheet(state, account, bytes));

    const mime = detectImageType(bytes);
    if (!mime) throw new AppError('UNSUPPORTED_MEDIA_TYPE', '只能上传 JPEG、PNG 或 WebP 格式的照片');
    const dims = readDimensions(bytes, mime);
    if (!dims) throw invalid('照片文件不完整或已损坏，请重新选择', { field: 'file' });
    if (dims.width * dims.height > MAX_PIXELS) {
      throw new AppError('PAYLOAD_TOO_LARGE', '照片像素超过 4000 万，请缩小后再上传', {
        width: dims.width,
        height: dims.height,
      });
    }

    let image;
    try {
      image = await reencode(bytes, mime);
    } catch {
      throw invalid('照片无法识别，可能已损坏，请重新选择', { field: 'file' });
    }
    // sharp already leaves metadata behind; the shared stripper makes that a checked promise, not a library default.
    const clean = Buffer.from(stripMetadata(image.bytes));
    const row = state.files.save(clean, { owner: account, mime, width: image.width, height: image.height, key });
    const url = (await state.files.signedUrls([row.id])).get(row.id) as string;
    return okEnvelope({ fileID: row.id, url });
  });
}
