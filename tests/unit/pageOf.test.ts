// Every list reads one row more than its page: that row only says a next page exists, and is never returned.
import { pageOf } from '../../cloudfunctions/core/cursor';

const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `n${i}`, id: i }));
const page = (n: number, limit: number) =>
  pageOf(
    rows(n),
    limit,
    (kept) => kept.map((r) => ({ ...r, seen: true })),
    (last) => [last.name, last.id],
  );

it('a full page with one row beyond it continues after the last item kept', () => {
  expect(page(4, 3)).toEqual({
    items: rows(3).map((r) => ({ ...r, seen: true })),
    next: ['n2', 2],
  });
});

it('a page that holds every row, exactly or with room to spare, is the last one', () => {
  expect(page(3, 3).next).toBeNull();
  expect(page(3, 3).items).toHaveLength(3);
  expect(page(2, 3)).toMatchObject({ next: null, items: [{ id: 0 }, { id: 1 }] });
  expect(page(0, 3)).toEqual({ items: [], next: null });
});

it('converts only the rows it keeps', () => {
  const converted: number[] = [];
  pageOf(
    rows(5),
    2,
    (kept) => kept.map((r) => (converted.push(r.id), r)),
    (last) => [last.id],
  );
  expect(converted).toEqual([0, 1]);
});
