// A real-file SQLite township for the stats functions: the main adapter's database plus the stats migrations,
// and the Context wired as the host wires it (cloudfunctions/host/server.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../cloudfunctions/adapters/local/db';
import { LocalFiles } from '../../cloudfunctions/adapters/local/files';
import { InProcessJobs } from '../../cloudfunctions/adapters/local/jobs';
import { LocalStatsStore } from '../../cloudfunctions/adapters/local/stats/store';
import { LocalStore } from '../../cloudfunctions/adapters/local/store';
import { newId } from '../../cloudfunctions/adapters/local/system';
import { dispatch, type FunctionDef } from '../../cloudfunctions/core/runtime';
import { trainingsFunction } from '../../cloudfunctions/functions/trainings';
import { SILENT_NOTIFIER, wireContext, type Context } from '../../cloudfunctions/core/ports';
import { NO_MODERATION } from '../../cloudfunctions/core/moderation/ports';
import { scryptPasswords } from '../../cloudfunctions/shared/passwords';
import type { AccountRecord } from '../../cloudfunctions/core/accounts/records';
import type { StatsWorld } from '../../cloudfunctions/core/stats/world';
import { loadWorld, T } from './world';

export interface StatsTownship {
  dir: string;
  db: Db;
  ctx: Context;
  call(fn: FunctionDef, role: 'reporter' | 'editor' | 'admin', event: Record<string, unknown>): Promise<any>;
  close(): void;
}

/** trainings.save, as an editor, of a course the county media centre gave on 2026-02-20. */
export function saveTraining(town: StatsTownship, topic: string, attendeeIds: string[]): Promise<any> {
  const training = { topic, date: '2026-02-20', trainer: '县融媒体中心', attendeeIds };
  return town.call(trainingsFunction, 'editor', { action: 'save', ...training });
}

export function person(id: string, role: AccountRecord['role']): AccountRecord {
  return {
    id,
    townshipId: T,
    unitId: null,
    role,
    name: id,
    phone: null,
    username: id,
    passwordHash: null,
    openid: null,
    active: true,
    createdAt: '2025-01-01T00:00:00.000Z',
  };
}

export function statsTownship(world: StatsWorld, now = new Date('2026-03-10T04:00:00.000Z')): StatsTownship {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiangxun-stats-'));
  const db = openDatabase(dir);
  loadWorld(db, world);
  const staff = {
    reporter: person('x_reporter', 'reporter'),
    editor: person('x_editor', 'editor'),
    admin: person('x_admin', 'admin'),
  };
  for (const a of Object.values(staff)) {
    db.prepare(`INSERT INTO accounts (id, township_id, role, name, created_at) VALUES (?, ?, ?, ?, ?)`).run(
      a.id,
      T,
      a.role,
      a.name,
      a.createdAt,
    );
  }
  const clock = { now: () => now };
  const ctx = wireContext({
    store: new LocalStore(db),
    stats: new LocalStatsStore(db),
    jobs: new InProcessJobs(),
    passwords: scryptPasswords,
    files: new LocalFiles(db, dir, Buffer.alloc(32, 7), clock),
    notifier: SILENT_NOTIFIER,
    moderation: NO_MODERATION,
    clock,
    newId,
  });
  return {
    dir,
    db,
    ctx,
    call: (fn, role, event) => dispatch(fn, event, { account: staff[role], openid: null }, ctx, () => undefined),
    close() {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
