// A consistent copy of a live DATA_DIR: the database through SQLite's online backup (a snapshot taken page by page
// while the host keeps writing), then the uploaded files that snapshot names. A file is on disk before its row is
// committed, so every file the copy's rows name can be copied; files written later belong to later rows and stay out.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DB_FILE } from './db';

export interface BackupSummary {
  leads: number;
  files: number;
  bytes: number;
}

/** Copies `dataDir` into the empty or new folder `target`, which can then be started as a DATA_DIR of its own. */
export async function backupDataDir(
  dataDir: string,
  target: string,
  extraFiles: string[] = [],
): Promise<BackupSummary> {
  const source = path.join(dataDir, DB_FILE);
  if (!fs.existsSync(source)) throw new Error(`没有找到数据库：${source}`);
  fs.mkdirSync(path.join(target, 'files'), { recursive: true });
  if (fs.existsSync(path.join(target, DB_FILE))) throw new Error(`目标目录已有数据库，请换一个空目录：${target}`);

  const live = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await live.backup(path.join(target, DB_FILE));
  } finally {
    live.close();
  }

  const copy = new Database(path.join(target, DB_FILE));
  try {
    copy.pragma('journal_mode = WAL');
    const ids = copy.prepare('SELECT id FROM files').pluck().all() as string[];
    let bytes = 0;
    let files = 0;
    for (const id of ids) {
      const from = path.join(dataDir, 'files', id);
      // A row whose file never reached the disk cannot be restored either; it is left out of the count, not invented.
      if (!fs.existsSync(from)) continue;
      fs.copyFileSync(from, path.join(target, 'files', id));
      bytes += fs.statSync(from).size;
      files += 1;
    }
    for (const name of extraFiles) {
      const from = path.join(dataDir, name);
      if (fs.existsSync(from)) fs.copyFileSync(from, path.join(target, name));
    }
    const leads = copy.prepare('SELECT count(*) FROM leads').pluck().get() as number;
    return { leads, files, bytes };
  } finally {
    copy.close();
  }
}
