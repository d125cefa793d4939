// What must hold after the fault run, read straight from DATA_DIR with the host stopped.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

export interface Expectation {
  /** clientId → number of photos it was queued with. */
  leads: Map<string, number>;
}

export async function verify(
  dataDir: string,
  expected: Expectation,
): Promise<{ checks: Check[]; counts: Record<string, number> }> {
  const db = new Database(path.join(dataDir, 'xiangxun.db'), { readonly: true });
  try {
    const checks: Check[] = [];
    const check = (name: string, ok: boolean, detail: string) => checks.push({ name, ok, detail });
    const rows = db.prepare('SELECT client_id AS clientId, photos FROM leads').all() as {
      clientId: string;
      photos: string;
    }[];
    const clientIds = rows.map((r) => r.clientId.toLowerCase());
    check(
      'exactly the queued number of leads',
      rows.length === expected.leads.size,
      `${rows.length} of ${expected.leads.size}`,
    );
    check('no duplicate clientId', new Set(clientIds).size === clientIds.length, `${new Set(clientIds).size} distinct`);
    const wrong = rows.filter((r) => expected.leads.get(r.clientId) !== (JSON.parse(r.photos) as string[]).length);
    check('every lead has the photos it was queued with', wrong.length === 0, `${wrong.length} wrong`);

    const referenced = new Set(rows.flatMap((r) => JSON.parse(r.photos) as string[]));
    const onDisk = fs.readdirSync(path.join(dataDir, 'files'));
    const recorded = new Set((db.prepare('SELECT id FROM files').all() as { id: string }[]).map((r) => r.id));
    const orphans = onDisk.filter((f) => !referenced.has(f) || !recorded.has(f));
    check(
      'no orphan or half-written file',
      orphans.length === 0,
      `${orphans.length} orphans ${orphans.slice(0, 3).join(' ')}`,
    );
    const missing = [...referenced].filter((f) => !onDisk.includes(f));
    check('every photo of a lead is on disk', missing.length === 0, `${missing.length} missing`);
    let broken = 0;
    for (const f of referenced) {
      if (missing.includes(f)) continue;
      try {
        await sharp(path.join(dataDir, 'files', f))
          .raw()
          .toBuffer();
      } catch {
        broken += 1;
      }
    }
    check('every photo decodes', broken === 0, `${referenced.size - broken} of ${referenced.size} decoded`);
    const integrity = db.pragma('integrity_check', { simple: true });
    check('PRAGMA integrity_check', integrity === 'ok', String(integrity));
    return { checks, counts: { leads: rows.length, photos: referenced.size, files: onDisk.length } };
  } finally {
    db.close();
  }
}
