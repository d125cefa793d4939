// Lists follow nextCursor page by page ("加载更多") and start over on refresh.
import { addPage, emptyPager, hasMore } from '@/lib/pager';

const lead = (id: string) => ({ id });

describe('a paged list', () => {
  it('knows nothing about more pages before the first one', () => {
    expect(hasMore(emptyPager())).toBe(false);
  });

  it('appends the next page and offers more while there is a cursor', () => {
    let state = addPage(emptyPager<{ id: string }>(), { items: [lead('a'), lead('b')], nextCursor: 'c1' }, true);
    expect(hasMore(state)).toBe(true);
    state = addPage(state, { items: [lead('c')], nextCursor: null }, false);
    expect(state.items.map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(hasMore(state)).toBe(false);
  });

  it('does not show a lead twice when the list moved between two pages', () => {
    const state = addPage(
      { items: [lead('a'), lead('b')], nextCursor: 'c1' },
      { items: [lead('b'), lead('c')], nextCursor: null },
      false,
    );
    expect(state.items.map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });

  it('replaces everything on refresh', () => {
    const state = addPage(
      { items: [lead('a'), lead('b')], nextCursor: null },
      { items: [lead('z')], nextCursor: 'c9' },
      true,
    );
    expect(state).toEqual({ items: [lead('z')], nextCursor: 'c9' });
  });
});
