// accounts.invite and accounts.bind: an admin's invite code ties a WeChat openid to a new account.
import { conflict, invalid, notFound, unauthenticated } from '../errors';
import type { Context, Identity } from '../ports';
import type { AccountRecord, InviteRecord } from './records';
import type { BindInput, InviteInput, RedeemInviteInput } from './schemas';
import { me } from './profile';
import type { MeView } from './views';

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Eight characters without look-alikes (no 0/O, 1/I), easy to read out over the phone. */
export function inviteCodeFrom(randomHex: string): string {
  let code = '';
  for (let i = 0; i < 8; i++)
    code += CODE_ALPHABET[parseInt(randomHex.slice(i * 2, i * 2 + 2), 16) % CODE_ALPHABET.length];
  return code;
}

export async function createInvite(ctx: Context, caller: AccountRecord, input: InviteInput): Promise<InviteRecord> {
  if (input.role === 'reporter' && !input.unitId) throw invalid('通讯员的邀请码必须指定所属单位', { field: 'unitId' });
  if (input.unitId) {
    const units = await ctx.townships.listUnits(caller.townshipId);
    if (!units.some((u) => u.id === input.unitId)) throw notFound('没有找到这个单位');
  }
  const now = ctx.clock.now();
  const invite: InviteRecord = {
    code: inviteCodeFrom(
      ctx
        .newId()
        .replace(/[^0-9a-f]/gi, '')
        .padEnd(16, '0'),
    ),
    townshipId: caller.townshipId,
    unitId: input.unitId ?? null,
    role: input.role,
    expiresAt: new Date(now.getTime() + (input.expiresInDays ?? 30) * 86_400_000).toISOString(),
    usesLeft: input.uses ?? 1,
    createdBy: caller.id,
    createdAt: now.toISOString(),
  };
  await ctx.accounts.insertInvite(invite);
  return invite;
}

/**
 * The account an invite makes, written together with taking one use of the invite (bindAccount): its township, unit
 * and role come from the invite, never from the caller. Refused when the code is unknown, expired or used up.
 */
async function joinByInvite(
  ctx: Context,
  rawCode: string,
  person: Pick<AccountRecord, 'name' | 'phone' | 'username' | 'passwordHash' | 'openid'>,
): Promise<AccountRecord> {
  const code = rawCode.toUpperCase();
  const invite = await ctx.accounts.getInvite(code);
  const now = ctx.clock.now();
  if (!invite) throw notFound('邀请码不存在，请核对后重新输入');
  if (new Date(invite.expiresAt) <= now) throw conflict('邀请码已过期，请联系镇宣传办重新获取');
  const account: AccountRecord = {
    id: ctx.newId(),
    townshipId: invite.townshipId,
    unitId: invite.unitId,
    role: invite.role,
    ...person,
    active: true,
    createdAt: now.toISOString(),
  };
  if (!(await ctx.accounts.bindAccount(code, account))) throw conflict('邀请码已被用完，请联系镇宣传办重新获取');
  return account;
}

export async function bindInvite(ctx: Context, caller: Identity, input: BindInput): Promise<MeView> {
  // A logged-in caller first: UNAUTHENTICATED would make the app log them out.
  if (caller.account) throw conflict('这个账号已经绑定，无需重复绑定');
  if (!caller.openid) throw unauthenticated('邀请码绑定只能在微信小程序中进行');
  const account = await joinByInvite(ctx, input.code, {
    name: input.name,
    phone: input.phone,
    username: null,
    passwordHash: null,
    openid: caller.openid,
  });
  return me(ctx, account);
}

/**
 * The local host's way in with an invite (POST /api/redeem, H5 only): the same invite, the same role and unit, but
 * the person proves who they are later with a username and password they choose here instead of a WeChat openid.
 * Only the host serves this route; in WeChat, binding stays the openid way (accounts.bind). The username is checked
 * before the (slow) password hash; bindAccount checks it again atomically and keeps the code's use if it is taken.
 */
export async function redeemInvite(ctx: Context, input: RedeemInviteInput): Promise<AccountRecord> {
  const holder = await ctx.accounts.findAccountByUsername(input.username);
  if (holder) throw conflict(`用户名“${input.username}”已被使用，请换一个`, { field: 'username' });
  return joinByInvite(ctx, input.code, {
    name: input.name,
    phone: input.phone ?? null,
    username: input.username,
    passwordHash: await ctx.passwords.hashPassword(input.password),
    openid: null,
  });
}
