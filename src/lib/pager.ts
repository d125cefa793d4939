// Cursor pages (DESIGN 4.3: {items, nextCursor}) gathered into one list.
import type { PageView } from '@core';

export interface PagerState<T> {
  items: T[];
  /** undefined: nothing loaded yet; null: the last page is in. */
  nextCursor: string | null | undefined;
}

export const emptyPager = <T>(): PagerState<T> => ({ items: [], nextCursor: undefined });

/**
 * Adds a page. A refresh (first page) replaces the list. Items already shown are not repeated,
 * in case the list moved between two pages (a lead got reviewed while the editor scrolled).
 */
export function addPage<T extends { id: string }>(
  state: PagerState<T>,
  page: PageView<T>,
  refresh: boolean,
): PagerState<T> {
  const base = refresh ? [] : state.items;
  const seen = new Set(base.map((i) => i.id));
  return { items: [...base, ...page.items.filter((i) => !seen.has(i.id))], nextCursor: page.nextCursor };
}

export const hasMore = (state: PagerState<unknown>) => state.nextCursor !== null && state.nextCursor !== undefined;

/** "12" or, when more pages exist, "50+": the home page's count of leads waiting for review. */
