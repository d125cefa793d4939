// RFC 4122 version 4 UUIDs: the clientId of a lead draft (the server's idempotency key).

/** Uses the platform's cryptographic source when there is one (H5), Math.random otherwise (mini-program). */
function defaultRandom(): number {
  const c = (globalThis as { crypto?: Crypto }).crypto;
  return c?.getRandomValues ? c.getRandomValues(new Uint32Array(1))[0] / 2 ** 32 : Math.random();
}

/** `random` returns a number in [0, 1); injectable for tests. */
export function uuidV4(random: () => number = defaultRandom): string {
  const bytes = Array.from({ length: 16 }, () => Math.floor(random() * 256) & 0xff);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
