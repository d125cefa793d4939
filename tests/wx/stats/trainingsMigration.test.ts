// Old training documents become activities of kind 业务培训 in the cloud database, once, and edits survive a rerun.
import { toDoc } from '../../../cloudfunctions/adapters/wx/documents';
import { WxStatsStore } from '../../../cloudfunctions/adapters/wx/stats/store';
import { LEGACY_TRAININGS, migrateTrainings } from '../../../cloudfunctions/adapters/wx/stats/trainingsMigration';
import { FakeDb } from '../fakeDb';
import { FakeCloud } from '../fakeCloud';
import { setupMain } from '../../../cloudfunctions/adapters/wx/setupMain';

const old = (id: string, townshipId: string) => ({
  id,
  townshipId,
  topic: '通讯员入门',
  date: '2025-03-12',
  trainer: '王记者',
  attendeeIds: ['a2', 'a1'],
  createdBy: 'ed',
  createdAt: '2025-03-12T06:00:00.000Z',
  updatedAt: '2025-03-13T01:00:00.000Z',
});

it('copies the township’s trainings with nothing lost and leaves edited activities alone on a rerun', async () => {
  const db = new FakeDb();
  for (const t of [old('tr1', 't1'), old('tr2', 't1'), old('tr9', 't2')])
    db.table(LEGACY_TRAININGS).set(t.id, toDoc(t));
  const store = new WxStatsStore(db, {});
  expect(await migrateTrainings(db, 't1')).toBe(2);
  expect(await store.getActivity('t1', 'tr1')).toEqual({
    id: 'tr1',
    townshipId: 't1',
    kind: '业务培训',
    title: '通讯员入门',
    date: '2025-03-12',
    section: null,
    unitId: null,
    participants: 2,
    batches: 1,
    attendeeIds: ['a2', 'a1'],
    speaker: '王记者',
    note: '',
    photos: [],
    createdBy: 'ed',
    createdAt: '2025-03-12T06:00:00.000Z',
    updatedAt: '2025-03-13T01:00:00.000Z',
  });
  expect(await store.getActivity('t1', 'tr9')).toBeNull();
  const edited = { ...(await store.getActivity('t1', 'tr1'))!, participants: 40 };
  await store.saveActivity(edited);
  expect(await migrateTrainings(db, 't1')).toBe(0);
  expect((await store.getActivity('t1', 'tr1'))!.participants).toBe(40);
});

it('the setup function moves every township’s trainings after a deploy, once; a new database has none to move', async () => {
  const cloud = new FakeCloud();
  cloud.context = {};
  for (const t of [old('tr1', 't1'), old('tr2', 't1'), old('tr9', 't2')])
    cloud.db.table(LEGACY_TRAININGS).set(t.id, toDoc(t));
  const setup = setupMain(() => cloud);
  expect(await setup()).toMatchObject({ ok: true, data: { trainingsMigrated: 3 } });
  expect(await setup()).toMatchObject({ ok: true, data: { trainingsMigrated: 0 } });
  expect(await new WxStatsStore(cloud.db, {}).getActivity('t2', 'tr9')).toMatchObject({ kind: '业务培训' });

  // The real database answers a query on a collection that was never created with an error, as reported in
  // github.com/nslogx/Gitter/issues/39: errCode -502005 database collection not exists.
  const fresh = new FakeCloud();
  fresh.context = {};
  const query = fresh.db.collection.bind(fresh.db);
  fresh.db.collection = ((name: string) => {
    if (name === LEGACY_TRAININGS)
      throw new Error(
        'errCode: -502005 database collection not exists | errMsg: [ResourceNotFound] Db or Table not exist.',
      );
    return query(name);
  }) as typeof fresh.db.collection;
  expect(await setupMain(() => fresh)()).toMatchObject({ ok: true, data: { trainingsMigrated: 0 } });
});
