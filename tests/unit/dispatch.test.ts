import { dispatch } from '../../cloudfunctions/core/runtime';
import { FUNCTIONS } from '../../cloudfunctions/functions';
import { account, memoryContext } from './memoryContext';

const leads = FUNCTIONS.leads!;
const accounts = FUNCTIONS.accounts!;
const reporter = account('r1', 'reporter');
const editor = account('e1', 'editor');
const as = (acc: ReturnType<typeof account> | null, openid: string | null = null) => ({ account: acc, openid });

describe('the order of checks (DESIGN 4.1)', () => {
  it('no caller → UNAUTHENTICATED, whatever the payload', async () => {
    const res = await dispatch(leads, { action: 'nope' }, as(null), memoryContext());
    expect(res).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('a deactivated account is not let in', async () => {
    const res = await dispatch(leads, { action: 'mine' }, as({ ...reporter, active: false }), memoryContext());
    expect(res).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('role comes before payload: a reporter calling the queue with junk gets PERMISSION_DENIED', async () => {
    const res = await dispatch(leads, { action: 'queue', limit: 'many' }, as(reporter), memoryContext());
    expect(res).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } });
  });

  it('missing or unknown action → INVALID_ARGUMENT in Chinese', async () => {
    const missing = await dispatch(leads, {}, as(editor), memoryContext());
    expect(missing).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', message: '请求缺少操作名 action' } });
    const unknown = await dispatch(leads, { action: 'explode' }, as(editor), memoryContext());
    expect(unknown).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', message: '未知的操作：explode' } });
  });

  it('a non-object event is INVALID_ARGUMENT', async () => {
    const res = await dispatch(leads, 'hello', as(editor), memoryContext());
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });

  it('an unbound WeChat user may only bind', async () => {
    const res = await dispatch(accounts, { action: 'me' }, as(null, 'openid-x'), memoryContext());
    expect(res).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请先用邀请码绑定账号' } });
  });

  it('an unexpected failure is INTERNAL and leaks nothing', async () => {
    const ctx = memoryContext();
    ctx.store.listLeads = async () => {
      throw new Error('disk on fire at /var/secret');
    };
    const seen: unknown[] = [];
    const res = await dispatch(leads, { action: 'mine' }, as(reporter), ctx, (e) => seen.push(e));
    expect(res).toEqual({ ok: false, error: { code: 'INTERNAL', message: '服务器开小差了，请稍后再试' } });
    expect(seen).toHaveLength(1);
  });
});
