// Inputs cut text at the schema's limit while typing, and never inside a surrogate pair.
import fc from 'fast-check';
import { clampText } from '@/lib/textLimit';

test('text within the limit, or without one, is left alone', () => {
  expect(clampText('青石村', 40)).toBe('青石村');
  expect(clampText('青石村', undefined)).toBe('青石村');
});

test('text over the limit is cut to it', () => {
  expect(clampText('标'.repeat(60), 40)).toBe('标'.repeat(40));
});

test('an emoji straddling the limit is dropped whole, not halved', () => {
  expect(clampText(`${'标'.repeat(39)}😀`, 40)).toBe('标'.repeat(39));
  expect(clampText(`${'标'.repeat(38)}😀`, 40)).toBe(`${'标'.repeat(38)}😀`);
});

test('the result is never longer than the limit and never ends in half a pair', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.integer({ min: 1, max: 60 }), (text, max) => {
      const cut = clampText(text, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(text.startsWith(cut)).toBe(true);
      expect(cut).not.toMatch(/[\uD800-\uDBFF]$/);
    }),
  );
});
