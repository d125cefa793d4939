// Drafts live on the device: every save replaces the draft of that clientId, blank ones are not kept, newest first.
import { Drafts, draftTitle, type Draft } from '@/outbox/drafts';
import { moveItem } from '@/reporter/lib/photoOrder';
import { World } from './outboxWorld';

const draft = (clientId: string, over: Partial<Draft> = {}): Draft => ({
  clientId,
  title: '',
  body: '',
  category: '',
  date: '2025-11-26',
  time: '09:00',
  place: '',
  urgent: false,
  photos: [],
  updatedAt: 1,
  ...over,
});

it('keeps what was typed across an app restart, newest first, and forgets removed ones', () => {
  const storage = new World().kv;
  new Drafts(storage).save(draft('a', { title: '修路', updatedAt: 1 }));
  new Drafts(storage).save(draft('b', { body: '村里办了一场广场舞比赛，参赛队伍十二支', updatedAt: 2 }));
  new Drafts(storage).save(draft('a', { title: '修路完工', photos: ['r1'], updatedAt: 3 }));
  const after = new Drafts(storage); // a new process on the same storage
  expect(after.list().map((d) => [d.clientId, draftTitle(d)])).toEqual([
    ['a', '修路完工'],
    ['b', '村里办了一场广场舞比赛，参赛队伍十二支'],
  ]);
  expect(after.remove('a')?.photos).toEqual(['r1']);
  expect(after.list().map((d) => d.clientId)).toEqual(['b']);
});

it('drops a draft once everything in it is erased', () => {
  const drafts = new Drafts(new World().kv);
  drafts.save(draft('a', { title: '修路' }));
  drafts.save(draft('a'));
  expect(drafts.list()).toEqual([]);
});

it('moves a photo forward or back, never past the ends', () => {
  const photos = ['p1', 'p2', 'p3'].map((key) => ({ key }));
  expect(moveItem(photos, 'p3', -1).map((p) => p.key)).toEqual(['p1', 'p3', 'p2']);
  expect(moveItem(photos, 'p1', -1)).toBe(photos);
  expect(moveItem(photos, 'p2', 5).map((p) => p.key)).toEqual(['p1', 'p3', 'p2']);
});
