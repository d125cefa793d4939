// What every route of the host shares: the store, the files, the functions' Context and the signing keys.
import type { LocalFiles } from '../adapters/local/files';
import type { LocalStore } from '../adapters/local/store';
import type { Clock, Context } from '../core/ports';
import type { LoginLimiter } from './auth/rateLimit';
import type { HostKeys } from './secret';

export interface HostState {
  store: LocalStore;
  files: LocalFiles;
  clock: Clock;
  ctx: Context;
  keys: HostKeys;
  tokenTtlSeconds: number;
  limiter: LoginLimiter;
}
