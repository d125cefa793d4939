// Old training documents become activities of kind 业务培训 in the cloud database, once, and edits survive a rerun.
import { toDoc } from '../../../cloudfunctions/adapters/wx/documents';
import { WxStatsStore } from '../../../cloudfunctions/adapters/wx/stats/store';
import { LEGACY_TRAININGS, migrateTrainings } from '../../../cloudfunctions/adapters/wx/stats/trainingsMigration';
import { FakeDb } from '../fakeDb';

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
