// Migration 105 on a database that has trainings: each becomes an activity of kind 业务培训 with nothing lost, and
// trainings.list reads them back as before.
import Database from 'better-sqlite3';
import { migrate } from '../../cloudfunctions/adapters/local/db';
import { MIGRATIONS } from '../../cloudfunctions/adapters/local/migrations';
import { getActivity, listActivities } from '../../cloudfunctions/adapters/local/stats/activitiesSql';

const T = 't1';

function databaseWithTrainings() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version < 105),
  );
  db.exec(`
    INSERT INTO townships (id, name, categories, timezone) VALUES ('t1', '示范镇', '[]', 'Asia/Shanghai');
    INSERT INTO accounts (id, township_id, role, name, created_at) VALUES
      ('a1', 't1', 'reporter', '甲', '2025-01-01'), ('a2', 't1', 'reporter', '乙', '2025-01-01'),
      ('a3', 't1', 'reporter', '丙', '2025-01-01');
    INSERT INTO trainings (id, township_id, topic, date, trainer, created_by, created_at, updated_at) VALUES
      ('tr1', 't1', '通讯员入门', '2025-03-12', '县融媒体中心 王记者', 'ed', '2025-03-12T06:00:00.000Z', '2025-03-13T01:00:00.000Z'),
      ('tr2', 't1', '手机摄影', '2025-06-18', '陈老师', 'ed2', '2025-06-18T06:00:00.000Z', '2025-06-18T06:00:00.000Z');
    INSERT INTO training_attendees (training_id, account_id, position) VALUES
      ('tr1', 'a3', 0), ('tr1', 'a1', 1), ('tr1', 'a2', 2);
  `);
  return db;
}

it('turns every training into an activity of kind 业务培训, attendees in order, then drops the trainings tables', () => {
  const db = databaseWithTrainings();
  expect(migrate(db, MIGRATIONS)).toEqual([105, ...MIGRATIONS.filter((m) => m.version > 105).map((m) => m.version)]);
  expect(getActivity(db, T, 'tr1')).toEqual({
    id: 'tr1',
    townshipId: T,
    kind: '业务培训',
    title: '通讯员入门',
    date: '2025-03-12',
    section: null,
    unitId: null,
    participants: 3,
    batches: 1,
    attendeeIds: ['a3', 'a1', 'a2'],
    speaker: '县融媒体中心 王记者',
    note: '',
    photos: [],
    createdBy: 'ed',
    createdAt: '2025-03-12T06:00:00.000Z',
    updatedAt: '2025-03-13T01:00:00.000Z',
  });
  expect(getActivity(db, T, 'tr2')).toMatchObject({
    participants: 0,
    attendeeIds: [],
    speaker: '陈老师',
    createdBy: 'ed2',
  });
  expect(listActivities(db, { townshipId: T, kind: '业务培训', limit: 10 }).items.map((a) => a.id)).toEqual([
    'tr2',
    'tr1',
  ]);
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'training%'`).all();
  expect(tables).toEqual([]);
  db.close();
});
