// POST /api/login: username + password → signed token, throttled per address and per account (auth/rateLimit).
// POST /api/redeem: an invite code → a new username-and-password account, logged in at once (H5 on this host only;
// in WeChat an invite binds the openid through accounts.bind). Open without login, like /api/login, and throttled
// the same way per address, so invite codes cannot be guessed at speed.
import type { FastifyInstance } from 'fastify';
import type { AccountRecord } from '../../core/accounts/records';
import type { LoginResult } from '../../core/accounts/views';
import { AppError, okEnvelope, unauthenticated } from '../../core/errors';
import { redeemInvite } from '../../core/accounts/invites';
import { loginSchema, redeemInviteSchema } from '../../core/accounts/schemas';
import { parseOrThrow } from '../../core/validation';
import { signToken } from '../auth/tokens';
import type { HostState } from '../state';

function tooManyFailures(retryAfterSeconds: number): AppError {
  const wait = retryAfterSeconds < 60 ? `${retryAfterSeconds}秒` : `${Math.ceil(retryAfterSeconds / 60)}分钟`;
  return new AppError('RATE_LIMITED', `登录失败次数过多，请${wait}后再试`, { retryAfterSeconds });
}

function loggedIn(state: HostState, account: AccountRecord): LoginResult {
  const { id, name, role, townshipId, unitId } = account;
  const token = signToken(state.keys.token, id, state.tokenTtlSeconds, state.clock.now(), account.credentialsVersion);
  return {
    token,
    account: { id, name, role, townshipId, unitId, mustChangePassword: account.mustChangePassword ?? false },
  };
}

export async function loginPlugin(app: FastifyInstance, { state }: { state: HostState }): Promise<void> {
  app.post('/api/redeem', async (request) => {
    const input = parseOrThrow(redeemInviteSchema, request.body);
    const now = state.clock.now().getTime();
    // Unknown codes count as failures of the address (as wrong passwords do), under a key no username can take.
    const key = `redeem:${input.code.toUpperCase()}`;
    const retryAfterSeconds = state.limiter.retryAfter(key, request.ip, now);
    if (retryAfterSeconds !== null) throw tooManyFailures(retryAfterSeconds);
    const account = await redeemInvite(state.ctx, input).catch((err: unknown) => {
      if (err instanceof AppError && err.code === 'NOT_FOUND') state.limiter.fail(key, request.ip, now);
      throw err;
    });
    return okEnvelope(loggedIn(state, account));
  });

  app.post('/api/login', async (request) => {
    const input = parseOrThrow(loginSchema, request.body);
    const now = state.clock.now().getTime();
    const retryAfterSeconds = state.limiter.retryAfter(input.username, request.ip, now);
    if (retryAfterSeconds !== null) throw tooManyFailures(retryAfterSeconds);
    // Counted before the (slow) hash check, so parallel guesses cannot slip past the limit;
    // a success clears the account's count again.
    state.limiter.fail(input.username, request.ip, now);
    const account = await state.ctx.accounts.findAccountByUsername(input.username);
    const matches = await state.ctx.passwords.verifyPassword(input.password, account?.passwordHash ?? null);
    if (!account || !matches) throw unauthenticated('用户名或密码错误');
    state.limiter.succeed(input.username);
    if (!account.active) throw unauthenticated('账号已停用，请联系镇宣传办');
    return okEnvelope(loggedIn(state, account));
  });
}
