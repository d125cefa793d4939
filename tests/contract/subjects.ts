// The three Store implementations behind one port, each set up with the same township and units: the unit tests'
// memory store, the local SQLite adapter on a temporary folder, and the wx adapter over the SDK double.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../cloudfunctions/adapters/local/db';
import { LocalFiles } from '../../cloudfunctions/adapters/local/files';
import { LocalStore } from '../../cloudfunctions/adapters/local/store';
import { toDoc } from '../../cloudfunctions/adapters/wx/documents';
import { WxFiles } from '../../cloudfunctions/adapters/wx/files';
import { WxStore } from '../../cloudfunctions/adapters/wx/store';
import type { FilePort, Store } from '../../cloudfunctions/core/ports';
import type { AccountRecord } from '../../cloudfunctions/core/accounts/records';
import type { ActivityRecord } from '../../cloudfunctions/core/activities/records';
import { LocalStatsStore } from '../../cloudfunctions/adapters/local/stats/store';
import { MemoryStore } from '../unit/memoryContext';
import { FakeCloud } from '../wx/fakeCloud';
import { T1, T2, UNITS } from '../wx/fixtures';

export interface Subject {
  store: Store;
  /** Null where the adapter has no storage of its own (the memory store's files are a stub of the unit tests). */
  files: { port: FilePort; upload(owner: AccountRecord): string } | null;
  /** Puts a training where the adapter keeps it (the statistics store; the memory store's own list). */
  addActivity(activity: ActivityRecord): Promise<void>;
  close(): void;
}

const CLOCK = { now: () => new Date('2026-01-01T00:00:00.000Z') };

function memory(): Subject {
  const store = new MemoryStore();
  for (const t of [T1, T2]) store.townships.set(t.id, structuredClone(t));
  store.units.push(...structuredClone(UNITS));
  return {
    store,
    files: null,
    addActivity: async (a) => void store.activities.push(structuredClone(a)),
    close: () => undefined,
  };
}

function local(): Subject {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiangxun-contract-'));
  const db = openDatabase(dir);
  const store = new LocalStore(db);
  for (const t of [T1, T2]) store.insertTownship(t);
  for (const u of UNITS) void store.saveUnit(u);
  const files = new LocalFiles(db, dir, Buffer.alloc(32, 7), CLOCK);
  return {
    store,
    files: {
      port: files,
      upload: (owner) => files.save(Buffer.from('x'), { owner, mime: 'image/jpeg', width: 1, height: 1 }).id,
    },
    addActivity: (a) => new LocalStatsStore(db).saveActivity(a),
    close: () => {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function wx(): Subject {
  const cloud = new FakeCloud();
  for (const t of [T1, T2]) cloud.db.table('townships').set(t.id, toDoc(t));
  for (const u of UNITS) cloud.db.table('units').set(u.id, toDoc(u));
  let n = 0;
  return {
    store: new WxStore(cloud.db),
    files: {
      port: new WxFiles(cloud),
      upload: (owner) => cloud.clientUpload(owner.openid!, `uploads/${owner.openid}/photo-${++n}.jpg`),
    },
    addActivity: async (a) => void cloud.db.table('activities').set(a.id, toDoc(a)),
    close: () => undefined,
  };
}

export const SUBJECTS: [name: string, make: () => Subject][] = [
  ['memory', memory],
  ['local SQLite', local],
  ['wx over the SDK double', wx],
];
