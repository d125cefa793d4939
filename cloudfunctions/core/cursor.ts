// Opaque list cursors: the store's sort key, base64url-encoded JSON.
import { invalid } from './errors';
import type { CursorKey } from './ports';

export function encodeCursor(key: CursorKey | null): string | null {
  return key === null ? null : Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** Decodes a cursor and checks it has `arity` string/number parts; anything else is INVALID_ARGUMENT. */
export function decodeCursor(cursor: string | null | undefined, arity: number): CursorKey | undefined {
  if (cursor === undefined || cursor === null || cursor === '') return undefined;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = null;
  }
  const valid =
    Array.isArray(key) && key.length === arity && key.every((k) => typeof k === 'string' || typeof k === 'number');
  if (!valid) throw invalid('翻页位置无效，请刷新列表后重试');
  return key as CursorKey;
}

export const DEFAULT_PAGE_SIZE = 20;
