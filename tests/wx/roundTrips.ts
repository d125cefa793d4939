// A township on the double with a bound reporter, editor and admin, and a way to count one action's round trips.
import { wxMain, type WxHandler } from '../../cloudfunctions/adapters/wx/main';
import { FUNCTIONS } from '../../cloudfunctions/functions/index';
import { FakeCloud } from './fakeCloud';
import { account, seedBasics } from './fixtures';

export type Fn = 'accounts' | 'leads' | 'articles';

export type Result = { ok: boolean; data?: any; error?: { code: string; message: string } };

export interface World {
  cloud: FakeCloud;
  call(openid: string, fn: Fn, event: Record<string, unknown>): Promise<Result>;
  /** The action's database and storage requests, counted on the double. */
  count(openid: string, fn: Fn, event: Record<string, unknown>): Promise<{ result: Result; calls: string[] }>;
  submit(n: number): Promise<string[]>;
}

export function world(): World {
  const cloud = new FakeCloud();
  seedBasics(cloud.db, [
    account({ id: 'ed1', name: '编辑甲', role: 'editor', openid: 'o-editor' }),
    account({ id: 'ad1', name: '管理员', role: 'admin', openid: 'o-admin' }),
    account({ id: 'r1', name: '通讯员', role: 'reporter', unitId: 'u1', openid: 'o-rep' }),
  ]);
  let n = 0;
  const options = {
    loadSdk: () => cloud,
    clock: { now: () => new Date('2024-05-01T02:00:00.000Z') },
    newId: () => `id-${String(++n).padStart(4, '0')}-0123456789abcdef`,
  };
  const handlers = Object.fromEntries(
    (['accounts', 'leads', 'articles'] as Fn[]).map((f) => [f, wxMain(FUNCTIONS[f]!, options)]),
  ) as Record<Fn, WxHandler>;
  const call = async (openid: string, fn: Fn, event: Record<string, unknown>) => {
    cloud.context = { OPENID: openid };
    return (await handlers[fn](event, {})) as Result;
  };
  let drafts = 0;
  return {
    cloud,
    call,
    async count(openid, fn, event) {
      const before = cloud.db.calls.length;
      const result = await call(openid, fn, event);
      return { result, calls: cloud.db.calls.slice(before) };
    },
    async submit(count) {
      const ids: string[] = [];
      for (let i = 0; i < count; i++) {
        const clientId = `00000000-0000-4000-8000-${String(++drafts).padStart(12, '0')}`;
        const res = await call('o-rep', 'leads', {
          action: 'submit',
          clientId,
          title: `线索${drafts}`,
          body: '村里举办了丰收节活动',
          category: '文化活动',
        });
        if (!res.ok) throw new Error(JSON.stringify(res.error));
        ids.push(res.data.id);
      }
      return ids;
    },
  };
}
