// Content-Disposition after RFC 6266: the UTF-8 name in filename* (RFC 8187) for every browser of the last decade,
// and an ASCII filename for the rest. A name can never break the header: quotes, backslashes and controls go.
import type { StoredFile } from '../state';

/** RFC 8187 value-chars: encodeURIComponent leaves ' ( ) * unescaped, which attr-char does not allow. */
const encodeValue = (name: string) =>
  encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** An all-ASCII name is its own fallback; any other name (a Chinese title) falls back to `fallback`, the fileID. */
function asciiName(name: string, fallback: string): string {
  return /^[\x20-\x7e]+$/.test(name) ? name.replace(/["\\]/g, '') : fallback;
}

export function contentDisposition(kind: 'inline' | 'attachment', name: string, fallback = name): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach the header
  const clean = name.replace(/[\u0000-\u001f\u007f/\\]/g, '').trim() || fallback;
  return `${kind}; filename="${asciiName(clean, fallback)}"; filename*=UTF-8''${encodeValue(clean)}`;
}

/** Exports keep the title they were written under; a photo is named for the day it was uploaded. */
export function downloadName(row: StoredFile): string {
  if (row.download_name) return row.download_name;
  const ext = row.id.slice(row.id.lastIndexOf('.'));
  const day = new Date(Date.parse(row.created_at) + 8 * 3_600_000).toISOString().slice(0, 10).replace(/-/g, '');
  return `乡讯照片-${day}-${row.id.slice(2, 8)}${ext}`;
}
