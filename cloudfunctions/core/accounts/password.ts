// accounts.changePassword: the caller replaces their own password. The store raises the account's credentials
// version with it, so every login token issued before (this one included) ends; the app logs in again.
import { conflict, invalid } from '../errors';
import type { Context } from '../ports';
import { me } from './profile';
import type { AccountRecord } from './records';
import type { ChangePasswordInput } from './schemas';
import type { MeView } from './views';

export async function changePassword(ctx: Context, caller: AccountRecord, input: ChangePasswordInput): Promise<MeView> {
  // WeChat accounts sign in by openid and have no password to change.
  if (!caller.passwordHash) throw conflict('这个账号没有登录密码，无需修改');
  if (!(await ctx.passwords.verifyPassword(input.oldPassword, caller.passwordHash))) {
    throw invalid('原密码不正确，请重新输入', { field: 'oldPassword' });
  }
  const updated: AccountRecord = {
    ...caller,
    passwordHash: await ctx.passwords.hashPassword(input.newPassword),
    mustChangePassword: false,
  };
  await ctx.accounts.updateAccount(updated);
  return me(ctx, updated);
}
