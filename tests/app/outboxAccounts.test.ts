// A shared phone: reporter A queues a lead while offline and signs out, reporter B signs in. A's lead must never be
// sent with B's token, nor shown in B's outbox or drafts; when A signs in again it is sent, under A's token.
import type { LoginResult } from '@core';
import type * as Session from '@/services/session';
import { taroWorld } from './harness/taroDouble';

jest.mock('@tarojs/taro', () => jest.requireActual('./harness/taroDouble'));
const sent: { clientId: string; token: string }[] = [];
jest.mock('@/services/cloud', () => ({
  ...jest.requireActual('@/services/envelope'),
  call: jest.fn(async (_fn: string, _action: string, payload: { clientId: string }) => {
    const { getToken } = jest.requireActual<typeof Session>('@/services/session');
    sent.push({ clientId: payload.clientId, token: getToken() });
    return { id: `lead-${payload.clientId}` };
  }),
  upload: jest.fn(),
}));

import { theDrafts, theOutbox } from '@/outbox';
import { clearSession, saveLogin } from '@/services/session';

const signIn = (id: string) =>
  saveLogin({
    token: `token-${id}`,
    account: { id, name: id, role: 'reporter', townshipId: 't', unitId: 'u' },
  } as LoginResult);

const lead = { title: '东山村便民桥通车', body: '今天上午，东山村便民桥正式通车。', category: '民生', place: '东山村' };
const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  sent.length = 0;
  taroWorld.reset();
});

test("a lead queued by reporter A is not sent under reporter B's token, and is sent when A is back", async () => {
  signIn('A');
  theOutbox().setOnline(false);
  theOutbox().add({ clientId: 'a-1', lead: lead as never, photoRefs: [] });
  clearSession();

  signIn('B');
  theOutbox().setOnline(true);
  await settle();
  expect(sent).toEqual([]);
  expect(theOutbox().list()).toEqual([]);

  clearSession();
  signIn('A');
  theOutbox().resume();
  await settle();
  expect(sent).toEqual([{ clientId: 'a-1', token: 'token-A' }]);
});

test("reporter B does not see reporter A's drafts, and A finds them again", () => {
  signIn('C');
  theDrafts().save({ ...lead, clientId: 'd-1', photos: [], updatedAt: 1 } as never);
  clearSession();
  signIn('D');
  expect(theDrafts().list()).toEqual([]);
  clearSession();
  signIn('C');
  expect(
    theDrafts()
      .list()
      .map((d) => d.clientId),
  ).toEqual(['d-1']);
});

test('after sign-out nothing queued is sent, even when the network comes back', async () => {
  signIn('E');
  const outbox = theOutbox();
  outbox.setOnline(false);
  outbox.add({ clientId: 'a-2', lead: lead as never, photoRefs: [] });
  clearSession();
  outbox.setOnline(true);
  await settle();
  expect(sent).toEqual([]);
});
