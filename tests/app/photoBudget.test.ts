// The photo budget: quality steps down from 0.7 only while a photo weighs more than 500 KB.
import { encodeWithinBudget, MAX_PHOTO_BYTES, withinBudget } from '@/lib/photoBudget';

it('keeps quality 0.7 when the result fits, and steps down while it does not', async () => {
  const tried: number[] = [];
  const fits = await encodeWithinBudget(async (q) => (tried.push(q), { size: 200 * 1024 }));
  expect(tried).toEqual([0.7]);
  expect(fits.size).toBe(200 * 1024);

  tried.length = 0;
  const heavy = await encodeWithinBudget(async (q) => (tried.push(q), { size: q > 0.55 ? 700 * 1024 : 450 * 1024 }));
  expect(tried).toEqual([0.7, 0.6, 0.5]);
  expect(heavy.size).toBeLessThanOrEqual(MAX_PHOTO_BYTES);
});

it('sends a small photo within 1600 px and 500 KB as it is', () => {
  expect(withinBudget(1600, 1200, 300 * 1024)).toBe(true);
  expect(withinBudget(1601, 1200, 300 * 1024)).toBe(false);
  expect(withinBudget(800, 600, 600 * 1024)).toBe(false);
});
