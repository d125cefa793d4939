// The host's signing secret: TOKEN_SECRET from the environment, or one generated at first start and kept
// in DATA_DIR/secret (mode 0600) so tokens and photo links survive a restart.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface HostKeys {
  /** Signs login tokens. */
  token: Buffer;
  /** Signs /files URLs; a different key, so a token can never pass for a URL signature or back. */
  fileUrl: Buffer;
}

export const SECRET_FILE = 'secret';

function readOrCreateSecret(dataDir: string): Buffer {
  const file = path.join(dataDir, SECRET_FILE);
  try {
    return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const secret = crypto.randomBytes(32);
  try {
    // 'wx' fails if another process created it meanwhile; then that one's secret wins.
    fs.writeFileSync(file, secret.toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
  }
}

export function loadKeys(dataDir: string, envSecret: string | undefined): HostKeys {
  const secret = envSecret && envSecret.length > 0 ? Buffer.from(envSecret, 'utf8') : readOrCreateSecret(dataDir);
  if (secret.length < 16) throw new Error('TOKEN_SECRET 太短：至少需要 16 个字节');
  const derive = (purpose: string) => crypto.createHmac('sha256', secret).update(purpose).digest();
  return { token: derive('xiangxun/token'), fileUrl: derive('xiangxun/file-url') };
}
