// Paging: a page of records with the sort key of its last item, and the opaque cursor clients see (base64url JSON).
import { decodeBase64Url, encodeBase64Url } from './base64url';
import { invalid } from './errors';

export function encodeCursor(key: CursorKey | null): string | null {
  return key === null ? null : encodeBase64Url(JSON.stringify(key));
}

/** Decodes a cursor and checks it has `arity` string/number parts; anything else is INVALID_ARGUMENT. */
export function decodeCursor(cursor: string | null | undefined, arity: number): CursorKey | undefined {
  if (cursor === undefined || cursor === null || cursor === '') return undefined;
  let key: unknown;
  try {
    key = JSON.parse(decodeBase64Url(cursor));
  } catch {
    key = null;
  }
  const valid =
    Array.isArray(key) && key.length === arity && key.every((k) => typeof k === 'string' || typeof k === 'number');
  if (!valid) throw invalid('翻页位置无效，请刷新列表后重试');
  return key as CursorKey;
}

export const DEFAULT_PAGE_SIZE = 20;

export interface PageView<T> {
  items: T[];
  nextCursor: string | null;
}

/** Sort key of the last item of a page; the core encodes it as an opaque cursor. */
export type CursorKey = (string | number)[];

export interface Page<T> {
  items: T[];
  next: CursorKey | null;
}

/**
 * The page out of `rows` read with a limit one above `limit`: that extra row only tells that a next page exists.
 * `toItems` turns the rows kept into records (the extra row is never converted); the next page starts after the
 * sort key of the last record kept.
 */
export function pageOf<R, T>(
  rows: R[],
  limit: number,
  toItems: (kept: R[]) => T[],
  key: (last: T) => CursorKey,
): Page<T> {
  const items = toItems(rows.slice(0, limit));
  const last = items[items.length - 1];
  return { items, next: rows.length > limit && last !== undefined ? key(last) : null };
}
