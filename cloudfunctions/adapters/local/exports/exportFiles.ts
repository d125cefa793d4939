// Export files under DATA_DIR/files with a row in the files table, so the host's signed /files URLs serve them.
// Same row shape as LocalFiles.save (adapters/local/files.ts); width and height are 0 for documents.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { XLSX_MIME } from '../../../core/ports';
import type { Db } from '../db';

export const EXPORT_MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: XLSX_MIME,
} as const;
export type ExportExt = keyof typeof EXPORT_MIME;

/** Where uploads live: DATA_DIR/files, DATA_DIR being the database's folder. */
export function filesDir(db: Db): string {
  return path.join(path.dirname(db.name), 'files');
}

export interface PendingExport {
  fileID: string;
  /** Write here; `commit` renames it into place, so a crash never leaves a half file under a recorded name. */
  tempPath: string;
  commit(): void;
  discard(): void;
}

/** `downloadName`: the name the file route offers, e.g. 示范镇2026年宣传思想工作总结.docx. */
export function pendingExport(
  db: Db,
  owner: { id: string; townshipId: string },
  ext: ExportExt,
  now: Date,
  downloadName: string,
): PendingExport {
  const dir = filesDir(db);
  fs.mkdirSync(dir, { recursive: true });
  const fileID = `f_${crypto.randomBytes(16).toString('hex')}.${ext}`;
  const target = path.join(dir, fileID);
  const tempPath = `${target}.tmp`;
  return {
    fileID,
    tempPath,
    commit() {
      fs.renameSync(tempPath, target);
      db.prepare(
        `INSERT INTO files (id, owner_id, township_id, mime, size, width, height, created_at, download_name)
         VALUES (?, ?, ?, ?, ?, 0, 0, ?, ?)`,
      ).run(
        fileID,
        owner.id,
        owner.townshipId,
        EXPORT_MIME[ext],
        fs.statSync(target).size,
        now.toISOString(),
        downloadName,
      );
    },
    discard() {
      fs.rmSync(tempPath, { force: true });
    },
  };
}
