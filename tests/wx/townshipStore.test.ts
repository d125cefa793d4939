// The wx Store's updateTownship on the SDK double: settings replaced whole, name and time zone kept, no other township touched.
import { WxStore } from '../../cloudfunctions/adapters/wx/store';
import { STATS_COLLECTIONS } from '../../cloudfunctions/adapters/wx/stats/collections';
import { FakeDb } from './fakeDb';
import { seedBasics, T1, T2 } from './fixtures';

let db: FakeDb;
let store: WxStore;
beforeEach(() => {
  db = new FakeDb();
  store = new WxStore(db);
  seedBasics(db);
});

test('writes the settings of one township and reads them back', async () => {
  const changed = {
    ...T1,
    agingHours: { amber: 6, red: 48 },
    highlightSections: ['乡村振兴'],
    categories: ['党建引领', '新类别'],
    moderationWords: ['赌博'],
  };
  await store.updateTownship(changed);
  expect(await store.getTownship('t1')).toEqual(changed);
  expect(await store.getTownship('t2')).toEqual(T2);
});

test('a shorter list replaces the stored one instead of merging into it', async () => {
  await store.updateTownship({ ...T1, categories: ['只剩一个'] });
  expect((await store.getTownship('t1'))?.categories).toEqual(['只剩一个']);
});

test('the name and time zone are not the settings’ business', async () => {
  await store.updateTownship({ ...T1, name: '改名镇', timezone: 'UTC', agingHours: { amber: 1, red: 2 } });
  expect(await store.getTownship('t1')).toEqual({ ...T1, agingHours: { amber: 1, red: 2 } });
});

test('activity kinds are written and read back like the other settings', async () => {
  await store.updateTownship({ ...T1, activityKinds: ['业务培训', '志愿服务'] });
  expect((await store.getTownship('t1'))?.activityKinds).toEqual(['业务培训', '志愿服务']);
});

test('counts the activities of each kind asked about, in the township only', async () => {
  const activities = db.table(STATS_COLLECTIONS.activities);
  const put = (id: string, townshipId: string, kind: string) => activities.set(id, { _id: id, townshipId, kind });
  put('a1', 't1', '宣讲');
  put('a2', 't1', '宣讲');
  put('a3', 't1', '其他');
  put('a4', 't2', '文化活动');
  expect(await store.activityKindCounts('t1', ['宣讲', '文化活动'])).toEqual({ 宣讲: 2, 文化活动: 0 });
});
