// Host settings from the environment and the command line (DESIGN 4.3, 4.5): PORT, DATA_DIR, --no-demo / DEMO=0,
// TOWNSHIP_NAME.
import path from 'node:path';
import { DEFAULT_TOWNSHIP_NAME } from '../adapters/local/firstTownship';
import { isWellFormedText } from '../core/text';

export interface HostSettings {
  port: number;
  dataDir: string;
  demo: boolean;
  host: string;
  staticDir?: string;
  tokenTtlSeconds?: number;
  /** The township created on an empty DATA_DIR without the demo. */
  townshipName: string;
}

function townshipNameOf(env: NodeJS.ProcessEnv): string {
  const name = (env.TOWNSHIP_NAME ?? '').trim();
  if (!name) return DEFAULT_TOWNSHIP_NAME;
  if (name.length > 20 || !isWellFormedText(name)) throw new Error(`TOWNSHIP_NAME 无效：最多 20 个字，不能含控制字符`);
  return name;
}

export function readSettings(env: NodeJS.ProcessEnv, argv: string[], cwd = process.cwd()): HostSettings {
  const port = env.PORT === undefined || env.PORT === '' ? 8787 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT 无效：${env.PORT}`);
  const ttl = env.TOKEN_TTL_SECONDS ? Number(env.TOKEN_TTL_SECONDS) : undefined;
  if (ttl !== undefined && (!Number.isInteger(ttl) || ttl <= 0))
    throw new Error(`TOKEN_TTL_SECONDS 无效：${env.TOKEN_TTL_SECONDS}`);
  const demoOff = argv.includes('--no-demo') || ['0', 'false', 'no', 'off'].includes((env.DEMO ?? '').toLowerCase());
  return {
    port,
    dataDir: path.resolve(cwd, env.DATA_DIR || './data'),
    demo: !demoOff,
    host: env.HOST || '127.0.0.1',
    staticDir: env.STATIC_DIR ? path.resolve(cwd, env.STATIC_DIR) : undefined,
    tokenTtlSeconds: ttl,
    townshipName: townshipNameOf(env),
  };
}
