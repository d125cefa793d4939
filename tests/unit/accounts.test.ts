import { inviteCodeFrom } from '../../cloudfunctions/core/accounts/invites';
import { dispatch } from '../../cloudfunctions/core/runtime';
import { maskPhone } from '../../cloudfunctions/core/accounts/views';
import { FUNCTIONS } from '../../cloudfunctions/functions';
import { account, memoryContext } from './memoryContext';

const admin = account('a1', 'admin');
const accounts = FUNCTIONS.accounts!;

describe('invite codes and binding', () => {
  it('an admin invites, a WeChat user binds once, and the invite runs out', async () => {
    const ctx = memoryContext();
    ctx.store.accounts.set(admin.id, admin);
    const invite = await dispatch(
      accounts,
      { action: 'invite', role: 'reporter', unitId: 'u1', uses: 1 },
      { account: admin, openid: null },
      ctx,
    );
    if (!invite.ok) throw new Error(invite.error.message);
    const code = (invite.data as { code: string }).code;
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);

    const bind = (openid: string) =>
      dispatch(
        accounts,
        { action: 'bind', code: code.toLowerCase(), name: '王小明', phone: '13800138000' },
        { account: null, openid },
        ctx,
      );
    expect(await bind('wx-1')).toMatchObject({
      ok: true,
      data: { role: 'reporter', unitId: 'u1', unitName: '东山村' },
    });
    expect(await bind('wx-2')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const bound = await ctx.store.getAccountByOpenid('wx-1');
    expect(
      await dispatch(
        accounts,
        { action: 'bind', code, name: '王', phone: '13800138000' },
        { account: bound, openid: 'wx-1' },
        ctx,
      ),
    ).toMatchObject({
      error: { code: 'CONFLICT' },
    });
  });

  it('a wrong or expired code is refused with a Chinese message', async () => {
    const ctx = memoryContext();
    await ctx.store.insertInvite({
      code: 'OLDCODE2',
      townshipId: 't1',
      unitId: 'u1',
      role: 'reporter',
      expiresAt: '2020-01-01T00:00:00Z',
      usesLeft: 5,
      createdBy: 'a1',
      createdAt: '2019-12-01T00:00:00Z',
    });
    const call = (code: string) =>
      dispatch(
        accounts,
        { action: 'bind', code, name: '王', phone: '13800138000' },
        { account: null, openid: 'wx' },
        ctx,
      );
    expect(await call('NOSUCH22')).toMatchObject({
      error: { code: 'NOT_FOUND', message: '邀请码不存在，请核对后重新输入' },
    });
    expect(await call('OLDCODE2')).toMatchObject({
      error: { code: 'CONFLICT', message: '邀请码已过期，请联系镇宣传办重新获取' },
    });
    expect(ctx.store.accounts.size).toBe(0);
  });

  it('a reporter invite must name a unit of the township', async () => {
    const ctx = memoryContext();
    const call = (payload: Record<string, unknown>) =>
      dispatch(accounts, { action: 'invite', ...payload }, { account: admin, openid: null }, ctx);
    expect(await call({ role: 'reporter' })).toMatchObject({ error: { code: 'INVALID_ARGUMENT' } });
    expect(await call({ role: 'reporter', unitId: 'elsewhere' })).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('invite codes avoid look-alike characters', () => {
    expect(inviteCodeFrom('00'.repeat(8))).toBe('AAAAAAAA');
    expect(inviteCodeFrom('ff'.repeat(8))).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
  });

  it('phones are masked in lists', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone(null)).toBeNull();
  });
});
