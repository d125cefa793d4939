// Host settings from the environment and the command line (DESIGN 4.3): PORT, DATA_DIR, --no-demo / DEMO=0.
import path from 'node:path';

export interface HostSettings {
  port: number;
  dataDir: string;
  demo: boolean;
  host: string;
  staticDir?: string;
  tokenTtlSeconds?: number;
}

export function readSettings(env: NodeJS.ProcessEnv, argv: string[], cwd = process.cwd()): HostSettings {
  const port = env.PORT === undefined || env.PORT === '' ? 8787 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT 无效：${env.PORT}`);
  const ttl = env.TOKEN_TTL_SECONDS ? Number(env.TOKEN_TTL_SECONDS) : undefined;
  if (ttl !== undefined && (!Number.isInteger(ttl) || ttl <= 0)) throw new Error(`TOKEN_TTL_SECONDS 无效：${env.TOKEN_TTL_SECONDS}`);
  const demoOff = argv.includes('--no-demo') || ['0', 'false', 'no', 'off'].includes((env.DEMO ?? '').toLowerCase());
  return {
    port,
    dataDir: path.resolve(cwd, env.DATA_DIR || './data'),
    demo: !demoOff,
    host: env.HOST || '127.0.0.1',
    staticDir: env.STATIC_DIR ? path.resolve(cwd, env.STATIC_DIR) : undefined,
    tokenTtlSeconds: ttl,
  };
}
