// The leads function's daily timer on the SDK double: expired rejected leads are blanked, their photos deleted from
// storage, the purge logged; any other timer, or a user's call dressed as one, does nothing of the kind.
import { wxMain, type WxHandler } from '../../cloudfunctions/adapters/wx/main';
import { handleRetentionTimer } from '../../cloudfunctions/adapters/wx/timer';
import { toDoc } from '../../cloudfunctions/adapters/wx/documents';
import { PURGED_TITLE, RETENTION_TRIGGER } from '../../cloudfunctions/core/leads/retention';
import { FUNCTIONS } from '../../cloudfunctions/functions/index';
import { FakeCloud } from './fakeCloud';
import { lead, seedBasics } from './fixtures';

const NOW = new Date('2026-11-30T03:00:00.000Z');
/** A photo the reporter's phone uploaded (the double's storage knows its uploader). */
const photo = (name: string) => cloud.clientUpload('o-rep', `uploads/o-rep/${name}`);
const timer = (name = RETENTION_TRIGGER) => ({ Type: 'Timer', TriggerName: name, Time: '2026-11-30T03:00:00Z' });

let cloud: FakeCloud;
let leads: WxHandler;

beforeEach(() => {
  cloud = new FakeCloud();
  seedBasics(cloud.db);
  const decided = (at: string) => [
    { at, by: 'e1', decision: 'reject' as const, note: '不合适', from: 'submitted' as const, to: 'rejected' as const },
  ];
  for (const l of [
    lead({
      id: 'old',
      status: 'rejected',
      photos: [photo('a.jpg')],
      createdAt: '2025-01-01T00:00:00.000Z',
      history: decided('2025-02-01T00:00:00.000Z'),
    }),
    lead({
      id: 'new',
      status: 'rejected',
      photos: [photo('b.jpg')],
      createdAt: '2026-10-01T00:00:00.000Z',
      history: decided('2026-10-02T00:00:00.000Z'),
    }),
  ]) {
    cloud.db.table('leads').set(l.id, toDoc(l));
  }
  leads = wxMain(FUNCTIONS.leads!, {
    loadSdk: () => cloud,
    clock: { now: () => NOW },
    platformPush: handleRetentionTimer,
  });
});

it('the daily timer purges what has expired and deletes its photos from storage', async () => {
  cloud.context = {};
  expect(await leads(timer(), {})).toEqual({ ok: true, data: { leads: 1, photos: 1 } });
  const stored = Object.fromEntries(cloud.db.all('leads').map((d) => [d._id, d]));
  expect(stored.old).toMatchObject({
    title: PURGED_TITLE,
    body: '',
    photos: [],
    purgedAt: NOW.toISOString(),
    status: 'rejected',
  });
  expect(stored.new).toMatchObject({ photos: [photo('b.jpg')] });
  expect(cloud.deleted).toEqual([photo('a.jpg')]);
  expect(
    cloud.db
      .all('lead_events')
      .filter((e) => e.kind === 'purged')
      .map((e) => e.leadId),
  ).toEqual(['old']);
  expect(await leads(timer(), {})).toEqual({ ok: true, data: { leads: 0, photos: 0 } });
});

it('another trigger, or a mini-program user sending the same event, purges nothing', async () => {
  cloud.context = {};
  expect(await leads(timer('other'), {})).toMatchObject({ ok: false });
  cloud.context = { OPENID: 'o-someone' };
  expect(await leads(timer(), {})).toMatchObject({ ok: false });
  expect(cloud.deleted).toEqual([]);
});
