// The local cloud host: the same cloud functions over HTTP, SQLite and files under DATA_DIR, and the H5 app.
import path from 'node:path';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance } from 'fastify';
import { seedDemoIfEmpty, type SeedSummary } from '../adapters/local/demo';
import { LocalFiles } from '../adapters/local/files';
import { InProcessJobs } from '../adapters/local/jobs';
import { createTownshipIfEmpty, DEFAULT_TOWNSHIP_NAME, type FirstTownship } from '../adapters/local/firstTownship';
import { LocalStatsStore } from '../adapters/local/stats/store';
import { KeywordModerator } from '../adapters/local/moderation';
import { LocalStore } from '../adapters/local/store';
import { newId, systemClock } from '../adapters/local/system';
import { invalid } from '../core/errors';
import { purgeExpiredLeads, type PurgeResult } from '../core/leads/retention';
import { SILENT_NOTIFIER, wireContext, type Clock } from '../core/ports';
import { scryptPasswords } from '../shared/passwords';
import { LoginLimiter } from './auth/rateLimit';
import { DEFAULT_TOKEN_TTL_SECONDS } from './auth/tokens';
import { answerClientError, answerFrameworkError, installErrorHandling } from './errors';
import { filesPlugin } from './plugins/files';
import { functionsPlugin } from './plugins/functions';
import { loginPlugin } from './plugins/login';
import { staticPlugin } from './plugins/static';
import { uploadsPlugin } from './plugins/uploads';
import { loadKeys } from './secret';
import type { HostState } from './state';

export const JSON_BODY_LIMIT = 1024 * 1024;
export const DEFAULT_STATIC_DIR = path.resolve(__dirname, '../../dist/h5');

export interface HostOptions {
  dataDir: string;
  port: number;
  host?: string;
  demo: boolean;
  staticDir?: string;
  tokenTtlSeconds?: number;
  /** Names the township created on an empty DATA_DIR when the demo is off (default 本镇). */
  townshipName?: string;
  /** true: request logs; a level name ('warn', 'error'…): only that and worse; false/absent: silent. */
  log?: boolean | string;
  /** Defaults to process.env.TOKEN_SECRET; otherwise DATA_DIR/secret is used (created on first start). */
  tokenSecret?: string;
  clock?: Clock;
}

export interface RunningHost {
  url: string;
  port: number;
  /** What the demo seeding wrote, or null when the database already had data (or demo was off). */
  seeded: SeedSummary | null;
  /** The first admin's one-time password, when this start created the township (demo off, empty DATA_DIR). */
  initialAdmin: FirstTownship | null;
  /** Deletes the text and photos of rejected and merged leads past their township's retention period. */
  purgeExpired(): Promise<PurgeResult>;
  close(): Promise<void>;
}

/** Only JSON bodies are accepted on the API; text/plain and friends answer 415 through the error handler. */
function installJsonParser(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: JSON_BODY_LIMIT },
    (_req, body, done) => {
      try {
        done(null, JSON.parse(body as string));
      } catch {
        done(invalid('请求内容不是有效的 JSON，请检查后重试'), undefined);
      }
    },
  );
}

function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'same-origin');
    reply.header('X-Frame-Options', 'DENY');
    if (request.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
    return payload;
  });
}

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const clock = options.clock ?? systemClock;
  const store = LocalStore.open(options.dataDir);
  let app: FastifyInstance | null = null;
  try {
    const seeded = options.demo ? await seedDemoIfEmpty(store, clock.now()) : null;
    const initialAdmin = options.demo
      ? null
      : await createTownshipIfEmpty(store, {
          dataDir: options.dataDir,
          townshipName: options.townshipName ?? DEFAULT_TOWNSHIP_NAME,
          now: clock.now(),
          newId,
        });
    const keys = loadKeys(options.dataDir, options.tokenSecret ?? process.env.TOKEN_SECRET);
    const files = new LocalFiles(store.db, options.dataDir, keys.fileUrl, clock);
    const state: HostState = {
      files,
      clock,
      ctx: wireContext({
        store,
        stats: new LocalStatsStore(store.db),
        jobs: new InProcessJobs(),
        passwords: scryptPasswords,
        files,
        moderation: new KeywordModerator(store),
        clock,
        newId,
        notifier: SILENT_NOTIFIER,
      }),
      keys,
      tokenTtlSeconds: options.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS,
      limiter: new LoginLimiter(),
    };

    const logger = typeof options.log === 'string' ? { level: options.log } : (options.log ?? false);
    // forceCloseConnections: close() ends every socket, including a client still pushing an upload
    // we already refused, instead of waiting for it forever.
    app = Fastify({
      logger,
      bodyLimit: JSON_BODY_LIMIT,
      trustProxy: false,
      forceCloseConnections: true,
      frameworkErrors: answerFrameworkError,
      clientErrorHandler: answerClientError,
    });
    installErrorHandling(app);
    installJsonParser(app);
    installSecurityHeaders(app);
    await app.register(multipart);
    app.get('/healthz', async () => ({ ok: true, data: { status: 'ok' } }));
    // Each plugin is its own encapsulated scope: the auth hook guards functions and uploads, nothing else.
    await app.register(loginPlugin, { state });
    await app.register(functionsPlugin, { state, bodyLimit: JSON_BODY_LIMIT });
    await app.register(uploadsPlugin, { state });
    await app.register(filesPlugin, { state });
    await app.register(staticPlugin, { staticDir: options.staticDir ?? DEFAULT_STATIC_DIR });

    const host = options.host ?? '127.0.0.1';
    await app.listen({ port: options.port, host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    const running = app;
    return {
      url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
      port,
      seeded,
      initialAdmin,
      purgeExpired: () => purgeExpiredLeads(state.ctx),
      close: async () => {
        await running.close();
        store.close();
      },
    };
  } catch (err) {
    await app?.close().catch(() => undefined);
    store.close();
    throw err;
  }
}
