// A lead the server refused goes back to the form with everything in it, and is sent again under the right clientId:
// the refused one only for unchanged content (a resend), a fresh one for anything edited (a new lead, never CONFLICT).
import { CloudError } from '@/services/envelope';
import { clientIdToSend, draftFromFailed } from '@/outbox/returned';
import { settle, World } from './outboxWorld';

async function refusedLead(w: World) {
  w.enqueue('a', 2);
  await settle();
  w.deliver(0, 'ok');
  await settle();
  // The second photo is not a photo: the server refuses it, and retrying cannot help.
  w.pending[0]!.reject(new CloudError('UNSUPPORTED_MEDIA_TYPE', '只能上传 JPEG、PNG 或 WebP 格式的照片'));
  w.pending = [];
  await settle();
  expect(w.outbox.get('a')?.state).toBe('failed');
}

const fresh = () => 'fresh-id';

it('a failed item comes back as a draft with its text and photos; the queue lets go of it, no photo lost', async () => {
  const w = new World();
  await refusedLead(w);
  const item = w.outbox.takeBack('a')!;
  const draft = draftFromFailed(item, w.now);
  expect(draft).toMatchObject({
    clientId: 'a',
    title: '线索a',
    body: '内容',
    category: '其他',
    place: '',
    urgent: false,
  });
  expect(draft.photos).toEqual(['a#0', 'a#1']);
  expect(draft.returned?.reason).toBe('只能上传 JPEG、PNG 或 WebP 格式的照片');
  expect(w.outbox.get('a')).toBeUndefined();
  expect([...w.vault]).toEqual(['a#0', 'a#1']); // nothing discarded: the draft owns the copies now
});

it('only failed items can be taken back (a pending one may be on the wire)', () => {
  const w = new World();
  w.enqueue('b', 1);
  expect(w.outbox.takeBack('b')).toBeUndefined();
  expect(w.outbox.get('b')).toBeDefined();
});

it('unchanged content is resent under the refused clientId; edited content gets a fresh one', async () => {
  const w = new World();
  await refusedLead(w);
  const draft = draftFromFailed(w.outbox.takeBack('a')!, w.now);
  const sent = draft.returned!;
  expect(clientIdToSend(draft, { ...sent.lead }, [...sent.photoRefs], fresh)).toBe('a');
  expect(clientIdToSend(draft, sent.lead, ['a#0'], fresh)).toBe('fresh-id'); // the bad photo removed
  expect(clientIdToSend(draft, { ...sent.lead, title: '线索a（改）' }, sent.photoRefs, fresh)).toBe('fresh-id');
  expect(clientIdToSend({ clientId: 'new', returned: undefined }, sent.lead, [], fresh)).toBe('new');
});

it('an edited lead sent again reaches the server once, as a new lead, and no photo copy is lost', async () => {
  const w = new World();
  await refusedLead(w);
  const draft = draftFromFailed(w.outbox.takeBack('a')!, w.now);
  const lead = { ...draft.returned!.lead, title: '线索a（去掉坏照片）' };
  const clientId = clientIdToSend(draft, lead, ['a#0'], fresh);
  w.vault.delete('a#1');
  w.outbox.add({ clientId, lead, photoRefs: ['a#0'] });
  for (let i = 0; i < 5 && w.pending.length > 0; i++) {
    w.deliver(0, 'ok');
    await settle();
  }
  expect(w.outbox.get('fresh-id')?.state).toBe('submitted');
  expect([...w.leads.keys()]).toEqual(['fresh-id']);
  expect(w.leads.get('fresh-id')?.payload.title).toBe('线索a（去掉坏照片）');
});
