// Login tokens: base64url(JSON {sub, iat, exp, cv}) + "." + base64url(HMAC-SHA256). Expiring, and tied to the
// account's credentials version, so a password change or a deactivation ends every token issued before it.
import crypto from 'node:crypto';

export const DEFAULT_TOKEN_TTL_SECONDS = 7 * 24 * 3600;

interface Claims {
  sub: string;
  iat: number;
  exp: number;
  /** The account's credentials version when the token was issued (absent in tokens older than the field: 0). */
  cv?: number;
}

export interface TokenClaims {
  accountId: string;
  credentialsVersion: number;
}

const mac = (key: Buffer, payload: string) => crypto.createHmac('sha256', key).update(payload).digest('base64url');

export function signToken(
  key: Buffer,
  accountId: string,
  ttlSeconds: number,
  now: Date,
  credentialsVersion = 0,
): string {
  const iat = Math.floor(now.getTime() / 1000);
  const claims: Claims = { sub: accountId, iat, exp: iat + ttlSeconds, cv: credentialsVersion };
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${payload}.${mac(key, payload)}`;
}

/** Who a token names, or null when it is malformed, forged or expired. */
export function verifyToken(key: Buffer, token: string, now: Date): TokenClaims | null {
  const [payload, sig, extra] = token.split('.');
  if (!payload || !sig || extra !== undefined) return null;
  const expected = Buffer.from(mac(key, payload));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return null;
  let claims: Partial<Claims>;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<Claims>;
  } catch {
    return null;
  }
  if (typeof claims.sub !== 'string' || typeof claims.exp !== 'number') return null;
  if (claims.exp * 1000 <= now.getTime()) return null;
  return { accountId: claims.sub, credentialsVersion: typeof claims.cv === 'number' ? claims.cv : 0 };
}

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match ? (match[1] as string) : null;
}
