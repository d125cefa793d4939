// Password hashes for accounts with a username, the same wherever the functions run (hence here, owned by neither
// adapter): scrypt from node:crypto, parameters stored with each hash so they can be raised later without
// invalidating existing accounts.
import crypto from 'node:crypto';
import { promisify } from 'node:util';
import type { Passwords } from '../core/accounts/ports';

const scrypt = promisify(crypto.scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: crypto.ScryptOptions,
) => Promise<Buffer>;

const N = 16384;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

function format(salt: Buffer, hash: Buffer, n = N, r = R, p = P): string {
  return `scrypt$${n}$${r}$${p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.randomBytes(16);
  return format(salt, await scrypt(password, salt, KEY_LENGTH, { N, r: R, p: P }));
}

/** False for a wrong password and for anything that is not one of our hashes. */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const parts = (stored ?? '').split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [n, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![n, r, p].every((x) => Number.isInteger(x) && x > 0) || n > 1 << 20) return false;
  const salt = Buffer.from(parts[4] as string, 'base64');
  const expected = Buffer.from(parts[5] as string, 'base64');
  if (expected.length === 0) return false;
  const actual = await scrypt(password, salt, expected.length, { N: n, r, p, maxmem: 256 * n * r + 1024 * 1024 });
  return crypto.timingSafeEqual(actual, expected);
}

/** A hash nobody's password matches, checked against unknown usernames so both cases take the same time. */
export const DECOY_HASH = format(Buffer.alloc(16, 7), Buffer.alloc(KEY_LENGTH, 9));

/** The Passwords port (ctx.passwords), the same on the local host and in the cloud. */
export const scryptPasswords: Passwords = {
  hashPassword,
  verifyPassword: (password, stored) => verifyPassword(password, stored ?? DECOY_HASH),
};
