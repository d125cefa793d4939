// The wx Store's updateTownship on the SDK double: settings replaced whole, name and time zone kept, no other township touched.
import { WxStore } from '../../cloudfunctions/adapters/wx/store';
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
