// base64url (RFC 4648 §5, no padding) of UTF-8 text, written out so the core needs neither Buffer nor btoa.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

export function encodeBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** Throws on a character outside the alphabet, a dangling length, or bytes that are not UTF-8. */
export function decodeBase64Url(encoded: string): string {
  if (encoded.length % 4 === 1) throw new Error('base64url: bad length');
  const bytes: number[] = [];
  for (let i = 0; i < encoded.length; i += 4) {
    const group = encoded.slice(i, i + 4);
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const v = k < group.length ? VALUE.get(group[k]!) : 0;
      if (v === undefined) throw new Error('base64url: bad character');
      n = (n << 6) | v;
    }
    for (let k = 0; k < group.length - 1; k++) bytes.push((n >> (16 - 8 * k)) & 255);
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
}
