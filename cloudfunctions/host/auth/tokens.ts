// Login tokens: base64url(JSON {sub, iat, exp}) + "." + base64url(HMAC-SHA256). Stateless and expiring.
import crypto from 'node:crypto';

export const DEFAULT_TOKEN_TTL_SECONDS = 7 * 24 * 3600;

interface Claims {
  sub: string;
  iat: number;
  exp: number;
}

const mac = (key: Buffer, payload: string) => crypto.createHmac('sha256', key).update(payload).digest('base64url');

export function signToken(key: Buffer, accountId: string, ttlSeconds: number, now: Date): string {
  const iat = Math.floor(now.getTime() / 1000);
  const payload = Buffer.from(JSON.stringify({ sub: accountId, iat, exp: iat + ttlSeconds } satisfies Claims)).toString('base64url');
  return `${payload}.${mac(key, payload)}`;
}

/** The account id a token names, or null when it is malformed, forged or expired. */
export function verifyToken(key: Buffer, token: string, now: Date): string | null {
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
  return claims.exp * 1000 > now.getTime() ? claims.sub : null;
}

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match ? (match[1] as string) : null;
}
