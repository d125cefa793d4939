// Uploaded files on disk (DATA_DIR/files/<fileID>) with a row per file naming its uploader,
// and the short-lived signed URLs through which they are served (DESIGN 4.2).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { conflict } from '../../core/errors';
import { XLSX_MIME, type Clock, type FilePort, type SheetCell, type UploadMime } from '../../core/ports';
import { readSheetRows } from '../../shared/exports/xlsxRead';
import type { AccountRecord } from '../../core/accounts/records';
import type { Db } from './db';
import { placeholders } from './where';

/** Signed URLs live ten minutes. */
export const URL_TTL_SECONDS = 600;

const EXTENSIONS: Record<UploadMime, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  [XLSX_MIME]: 'xlsx',
};

/** fileIDs we hand out: random, so they cannot be guessed, and safe as a file name (photos and exports). */
export const FILE_ID_PATTERN = /^f_[0-9a-f]{32}\.(jpg|png|webp|docx|xlsx)$/;
/** Only photos may be attached to leads, replies and publications: an export is never a photo. */
export const PHOTO_ID_PATTERN = /^f_[0-9a-f]{32}\.(jpg|png|webp)$/;

export interface FileRow {
  id: string;
  owner_id: string;
  township_id: string;
  /** An image type for uploads; an Office type for exports (adapters/local/exports). */
  mime: string;
  size: number;
  width: number;
  height: number;
  created_at: string;
  /** The name a download is offered under (exports: their title); null for photos. Migration 104. */
  download_name?: string | null;
}

export class LocalFiles implements FilePort {
  readonly dir: string;

  constructor(
    private readonly db: Db,
    dataDir: string,
    private readonly urlKey: Buffer,
    private readonly clock: Clock,
  ) {
    this.dir = path.join(dataDir, 'files');
    fs.mkdirSync(this.dir, { recursive: true });
  }

  /** Uploads reach the host through POST /api/files, never a folder of the app's choosing. */
  uploadFolder(): null {
    return null;
  }

  async ownedBy(fileIDs: string[], account: AccountRecord): Promise<boolean> {
    const ids = [...new Set(fileIDs)];
    if (ids.length === 0) return true;
    if (!ids.every((id) => PHOTO_ID_PATTERN.test(id))) return false;
    const row = this.db
      .prepare(`SELECT count(*) AS n FROM files WHERE owner_id = ? AND id IN (${placeholders(ids.length)})`)
      .get(account.id, ...ids) as { n: number };
    return row.n === ids.length;
  }

  async signedUrls(fileIDs: string[]): Promise<Map<string, string>> {
    const exp = Math.floor(this.clock.now().getTime() / 1000) + URL_TTL_SECONDS;
    return new Map(
      fileIDs.map((id) => [id, `/files/${encodeURIComponent(id)}?exp=${exp}&sig=${this.signature(id, exp)}`]),
    );
  }

  signature(fileID: string, exp: number): string {
    return crypto.createHmac('sha256', this.urlKey).update(`${fileID}\n${exp}`).digest('hex');
  }

  /** True when `sig` signs this fileID until `exp` and `exp` has not passed. */
  verify(fileID: string, exp: string | undefined, sig: string | undefined): boolean {
    if (!exp || !sig || !/^\d{1,12}$/.test(exp) || !/^[0-9a-f]{64}$/.test(sig)) return false;
    const expires = Number(exp);
    if (expires * 1000 <= this.clock.now().getTime()) return false;
    const expected = Buffer.from(this.signature(fileID, expires), 'hex');
    return crypto.timingSafeEqual(expected, Buffer.from(sig, 'hex'));
  }

  /**
   * Writes the bytes and records the uploader; returns the row. The name is random, or with a `key` derived from
   * uploader + key (keyed by the URL secret, so nobody can predict another's): a retried upload of the same bytes
   * under the same key finds the same file. A stored file never changes (DESIGN 4.5): other bytes under a key
   * already used → CONFLICT, so a photo in a published article cannot be swapped.
   */
  save(
    bytes: Buffer,
    meta: { owner: AccountRecord; mime: UploadMime; width: number; height: number; key?: string },
  ): FileRow {
    const name = meta.key
      ? crypto
          .createHmac('sha256', this.urlKey)
          .update(`upload\n${meta.owner.id}\n${meta.key}`)
          .digest('hex')
          .slice(0, 32)
      : crypto.randomBytes(16).toString('hex');
    const kept = meta.key ? this.keptUnder(name) : null;
    if (kept) {
      if (kept.mime === meta.mime && this.holds(kept.id, bytes)) return kept;
      throw conflict('这个上传标识已用于另一张照片：已上传的照片不能替换，请作为新照片上传', { field: 'key' });
    }
    const id = `f_${name}.${EXTENSIONS[meta.mime]}`;
    const target = path.join(this.dir, id);
    // Write then rename, so a crash never leaves a half-written file under a recorded name.
    const temp = `${target}.tmp`;
    fs.writeFileSync(temp, bytes, { mode: 0o600 });
    fs.renameSync(temp, target);
    const row: FileRow = {
      id,
      owner_id: meta.owner.id,
      township_id: meta.owner.townshipId,
      mime: meta.mime,
      size: bytes.length,
      width: meta.width,
      height: meta.height,
      created_at: this.clock.now().toISOString(),
    };
    this.db
      .prepare(
        `INSERT INTO files (id, owner_id, township_id, mime, size, width, height, created_at)
         VALUES (@id, @owner_id, @township_id, @mime, @size, @width, @height, @created_at)`,
      )
      .run(row);
    return row;
  }

  /** The file already stored under a keyed name, whatever its type. */
  private keptUnder(name: string): FileRow | null {
    const ids = Object.values(EXTENSIONS).map((ext) => `f_${name}.${ext}`);
    const row = this.db.prepare(`SELECT * FROM files WHERE id IN (${placeholders(ids.length)})`).get(...ids) as
      FileRow | undefined;
    return row ?? null;
  }

  private holds(fileID: string, bytes: Buffer): boolean {
    try {
      return fs.readFileSync(this.pathOf(fileID)).equals(bytes);
    } catch {
      return false;
    }
  }

  async readSheet(fileID: string, account: AccountRecord, sheet: string): Promise<SheetCell[][] | null> {
    const row = this.find(fileID);
    if (!row || row.owner_id !== account.id || row.mime !== XLSX_MIME) return null;
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(this.pathOf(fileID));
    } catch {
      return null;
    }
    return readSheetRows(bytes, sheet);
  }

  async remove(fileIDs: string[]): Promise<void> {
    for (const id of fileIDs) {
      if (!FILE_ID_PATTERN.test(id)) continue;
      this.db.prepare('DELETE FROM files WHERE id = ?').run(id);
      fs.rmSync(this.pathOf(id), { force: true });
    }
  }

  find(fileID: string): FileRow | null {
    if (!FILE_ID_PATTERN.test(fileID)) return null;
    return (this.db.prepare('SELECT * FROM files WHERE id = ?').get(fileID) as FileRow | undefined) ?? null;
  }

  pathOf(fileID: string): string {
    if (!FILE_ID_PATTERN.test(fileID)) throw new Error('invalid fileID');
    return path.join(this.dir, fileID);
  }
}
