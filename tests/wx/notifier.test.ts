// Subscription messages: decisions go to the author's openid with the editor's note, new leads to the township's
// editors; a refused or used-up subscription (43101) is recorded and never reaches anyone as an error.
import {
  FAILURES_COLLECTION,
  subscriptionNotifier,
  type NotifierCloud,
} from '../../cloudfunctions/adapters/wx/notifier';
import type { AccountRecord } from '../../cloudfunctions/core/accounts/records';
import type { HistoryEntry, LeadRecord } from '../../cloudfunctions/core/leads/records';
import { account } from './fixtures';

const lead = {
  id: 'L1',
  townshipId: 't1',
  authorId: 'r1',
  title: '东村丰收节上两百多名村民展示了自家种的农产品',
} as LeadRecord;
const entry: HistoryEntry = {
  at: '2024-05-01T02:00:00.000Z',
  by: 'ed1',
  decision: 'needs_info',
  note: '请补充活动现场的照片',
  from: 'submitted',
  to: 'needs_info',
};

function world(send: jest.Mock, accounts: AccountRecord[] = [account({ id: 'r1', openid: 'o-rep' })]) {
  const added: Record<string, unknown>[] = [];
  const warnings: unknown[] = [];
  const cloud: NotifierCloud = {
    database: () =>
      ({
        collection: (name: string) => ({
          add: async ({ data }: { data: Record<string, unknown> }) => added.push({ name, ...data }),
        }),
      }) as never,
    openapi: { subscribeMessage: { send } },
  };
  const notifier = subscriptionNotifier(cloud, {
    store: {
      getAccount: async (id) => accounts.find((a) => a.id === id) ?? null,
      listAccounts: async (q) => ({
        items: accounts.filter((a) => a.townshipId === q.townshipId && a.role === q.role),
        next: null,
      }),
    },
    templateId: 'TPL-1',
    newLeadTemplateId: 'TPL-NEW',
    log: (_m, detail) => warnings.push(detail),
    now: () => new Date('2024-05-01T02:00:01.000Z'),
  });
  return { notifier, added, warnings };
}

it('sends the decision and the editor’s words to the author’s openid, opening the lead', async () => {
  const send = jest.fn().mockResolvedValue({ errCode: 0 });
  const { notifier, added } = world(send);
  await notifier.leadDecided(lead, entry);
  expect(send).toHaveBeenCalledWith({
    touser: 'o-rep',
    templateId: 'TPL-1',
    page: 'reporter/pages/lead/index?id=L1',
    data: {
      thing1: { value: '东村丰收节上两百多名村民展示了自家种的…' },
      phrase2: { value: expect.any(String) },
      thing3: { value: '请补充活动现场的照片' },
      time4: { value: '2024-05-01 10:00' },
    },
  });
  expect(send.mock.calls[0][0].data.thing1.value.length).toBeLessThanOrEqual(20);
  expect(added).toEqual([]);
});

it('records a refused subscription (43101) and resolves, so the editor’s decision stands', async () => {
  const send = jest
    .fn()
    .mockRejectedValue(Object.assign(new Error('user refuse to accept the msg'), { errCode: 43101 }));
  const { notifier, added, warnings } = world(send);
  await expect(notifier.leadDecided(lead, entry)).resolves.toBeUndefined();
  expect(added).toEqual([
    {
      name: FAILURES_COLLECTION,
      leadId: 'L1',
      authorId: 'r1',
      townshipId: 't1',
      code: 43101,
      message: 'user refuse to accept the msg',
      at: '2024-05-01T02:00:01.000Z',
    },
  ]);
  expect(warnings).toHaveLength(1);
});

it('never throws, even when recording the failure fails too', async () => {
  const send = jest.fn().mockRejectedValue(new Error('timeout'));
  const { notifier } = world(send);
  const broken = subscriptionNotifier(
    {
      database: () => {
        throw new Error('db down');
      },
      openapi: { subscribeMessage: { send } },
    },
    {
      store: {
        getAccount: async () => account({ id: 'r1', openid: 'o' }),
        listAccounts: async () => ({ items: [], next: null }),
      },
      templateId: 'T',
      log: () => undefined,
    },
  );
  await expect(broken.leadDecided(lead, entry)).resolves.toBeUndefined();
  await expect(notifier.leadDecided(lead, entry)).resolves.toBeUndefined();
});

it('sends nothing without a template, or to an author with no WeChat identity', async () => {
  const send = jest.fn();
  const { notifier } = world(send, [account({ id: 'r1', openid: null })]);
  await notifier.leadDecided(lead, entry);
  const none = subscriptionNotifier(
    { database: () => ({}) as never, openapi: { subscribeMessage: { send } } },
    {
      store: {
        getAccount: async () => account({ id: 'r1', openid: 'o' }),
        listAccounts: async () => ({ items: [], next: null }),
      },
      templateId: '',
    },
  );
  const saved = process.env.WX_TPL_LEAD_DECIDED;
  delete process.env.WX_TPL_LEAD_DECIDED;
  await none.leadDecided(lead, entry);
  process.env.WX_TPL_LEAD_DECIDED = saved;
  expect(send).not.toHaveBeenCalled();
});

it('tells every active editor and admin with a WeChat identity about a new lead, opening the review page', async () => {
  const send = jest.fn().mockResolvedValue({ errCode: 0 });
  const people = [
    account({ id: 'e1', role: 'editor', openid: 'o-e1' }),
    account({ id: 'e2', role: 'editor', openid: null }),
    account({ id: 'e3', role: 'editor', openid: 'o-e3', active: false }),
    account({ id: 'a1', role: 'admin', openid: 'o-a1' }),
    account({ id: 'r1', openid: 'o-rep' }),
  ];
  const { notifier } = world(send, people);
  const fresh = { ...lead, category: '安全生产', urgent: true, createdAt: '2024-05-01T01:30:00.000Z' };
  await notifier.leadSubmitted(fresh);
  expect(send.mock.calls.map((c) => c[0].touser)).toEqual(['o-e1', 'o-a1']);
  expect(send.mock.calls[0][0]).toMatchObject({
    templateId: 'TPL-NEW',
    page: 'editor/pages/review/index?id=L1',
    data: { thing2: { value: '紧急·安全生产' }, time3: { value: '2024-05-01 09:30' } },
  });
});

it('one editor refusing the new-lead message does not stop the others', async () => {
  const send = jest
    .fn()
    .mockRejectedValueOnce(Object.assign(new Error('refused'), { errCode: 43101 }))
    .mockResolvedValue({ errCode: 0 });
  const { notifier, added } = world(send, [
    account({ id: 'e1', role: 'editor', openid: 'o-e1' }),
    account({ id: 'e2', role: 'editor', openid: 'o-e2' }),
  ]);
  await expect(
    notifier.leadSubmitted({ ...lead, category: '其他', createdAt: '2024-05-01T01:30:00.000Z' }),
  ).resolves.toBeUndefined();
  expect(send).toHaveBeenCalledTimes(2);
  expect(added).toHaveLength(1);
});
