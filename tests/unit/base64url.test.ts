// The core's own base64url must read and write exactly what Node's Buffer does, so cursors stay the same strings.
import { decodeBase64Url, encodeBase64Url } from '../../cloudfunctions/core/base64url';
import { decodeCursor, encodeCursor } from '../../cloudfunctions/core/cursor';

const SAMPLES = [
  '',
  'a',
  'ab',
  'abc',
  'abcd',
  '["2026-03-01T00:00:00.000Z","id-1"]',
  '[1,"东山村","u1"]',
  '😀 ~~~ ???',
];

it('encodes like Buffer base64url and decodes back, for every length remainder and for CJK text', () => {
  for (const text of SAMPLES) {
    const encoded = encodeBase64Url(text);
    expect(encoded).toBe(Buffer.from(text, 'utf8').toString('base64url'));
    expect(decodeBase64Url(encoded)).toBe(text);
  }
});

it('refuses what is not base64url text', () => {
  for (const bad of ['a', 'ab+c', 'ab/c', 'a b', '_w']) expect(() => decodeBase64Url(bad)).toThrow();
});

it('a cursor survives the round trip and a forged one is INVALID_ARGUMENT', () => {
  expect(decodeCursor(encodeCursor([1, '东山村', 'u1']), 3)).toEqual([1, '东山村', 'u1']);
  expect(() => decodeCursor('%%%', 2)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
});
