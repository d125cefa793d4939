// H5 gateway: HTTP to the local host on the same origin (DESIGN 4.2). Never bundled into the mini-program.
import type { LoginResult } from '@core';
import { CloudError, envelopeFromHttp, networkError, unwrapEnvelope } from './envelope';
import type { CallGateway, LoginGateway, RedeemGateway, UploadGateway } from './gateway';
import { expireSession, getToken } from './session';
import { shrinkPhoto } from './shrinkPhoto';

export { CloudError } from './envelope';

async function postJson(url: string, body: unknown, token?: string): Promise<unknown> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
    text = await response.text();
  } catch {
    throw networkError();
  }
  return envelopeFromHttp(response.status, text);
}

/** A stale token sends the person back to the login page; the error still reaches the caller. */
function expireOnUnauthenticated(err: unknown): never {
  if (err instanceof CloudError && err.code === 'UNAUTHENTICATED') expireSession();
  throw err;
}

export const call: CallGateway = async (fn, action, payload) => {
  const raw = await postJson(`/api/fn/${fn}`, { ...(payload as object), action }, getToken());
  try {
    return unwrapEnvelope(raw);
  } catch (err) {
    return expireOnUnauthenticated(err);
  }
};

export const login: LoginGateway = async (username, password) =>
  unwrapEnvelope<LoginResult>(await postJson('/api/login', { username, password }));

export const redeemInvite: RedeemGateway = async (input) =>
  unwrapEnvelope<LoginResult>(await postJson('/api/redeem', input));

async function blobOf(filePath: string): Promise<Blob> {
  try {
    return await (await fetch(filePath)).blob();
  } catch {
    throw new CloudError('INVALID_ARGUMENT', '照片读取失败，请重新选择');
  }
}

const EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/webp': 'webp' };

/** Multipart upload with XMLHttpRequest, because fetch cannot report upload progress. */
export const upload: UploadGateway = async (filePath, onProgress, options) => {
  const blob = options?.spreadsheet ? await blobOf(filePath) : await shrinkPhoto(await blobOf(filePath));
  const form = new FormData();
  // Before the file: the host reads fields that precede the file part.
  if (options?.key) form.append('key', options.key);
  form.append('file', blob, options?.spreadsheet ? 'import.xlsx' : `photo.${EXTENSIONS[blob.type] ?? 'jpg'}`);
  const raw = await new Promise<unknown>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/files');
    const token = getToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && onProgress) onProgress(Math.min(100, Math.round((e.loaded / e.total) * 100)));
    };
    xhr.onload = () => resolve(envelopeFromHttp(xhr.status, xhr.responseText));
    xhr.onerror = () => reject(networkError());
    xhr.ontimeout = () => reject(networkError());
    xhr.send(form);
  });
  try {
    const { fileID } = unwrapEnvelope<{ fileID: string }>(raw);
    onProgress?.(100);
    return { fileID, url: filePath };
  } catch (err) {
    return expireOnUnauthenticated(err);
  }
};
