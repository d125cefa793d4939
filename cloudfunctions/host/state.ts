// What the host's plugins share, as ports: the functions' Context (accounts, passwords), the files they serve, the
// signing keys. The host never sees the concrete SQLite store; server.ts is the one place that wires the adapters in.
import type { AccountRecord } from '../core/accounts/records';
import type { Clock, Context, UploadMime } from '../core/ports';
import type { LoginLimiter } from './auth/rateLimit';
import type { HostKeys } from './secret';

export interface StoredFile {
  id: string;
  mime: string;
  size: number;
  created_at: string;
  /** The name a download is offered under (exports: their title); null for photos. */
  download_name?: string | null;
}

export interface NewImage {
  owner: AccountRecord;
  mime: UploadMime;
  width: number;
  height: number;
  /** An upload key: the same uploader and key name the same file, whose bytes never change. */
  key?: string;
}

/** The files behind /api/files and /files (local adapter: DATA_DIR/files plus a table). */
export interface HostFiles {
  /** Stores a new file, or returns the one already under this upload key; CONFLICT when that one's bytes differ. */
  save(bytes: Buffer, meta: NewImage): StoredFile;
  find(fileID: string): StoredFile | null;
  pathOf(fileID: string): string;
  verify(fileID: string, exp: string | undefined, sig: string | undefined): boolean;
  signedUrls(fileIDs: string[]): Promise<Map<string, string>>;
}

/** Accounts and password checks come through the functions' own ports (`ctx.accounts`, `ctx.passwords`). */
export interface HostState {
  files: HostFiles;
  clock: Clock;
  ctx: Context;
  keys: HostKeys;
  tokenTtlSeconds: number;
  limiter: LoginLimiter;
}
