// POST /api/login: username + password → signed token, throttled per address and per account (auth/rateLimit).
import type { FastifyInstance } from 'fastify';
import type { LoginResult } from '../../core/accounts/views';
import { AppError, okEnvelope, unauthenticated } from '../../core/errors';
import { loginSchema } from '../../core/accounts/schemas';
import { parseOrThrow } from '../../core/validation';
import { signToken } from '../auth/tokens';
import type { HostState } from '../state';

function tooManyFailures(retryAfterSeconds: number): AppError {
  const wait = retryAfterSeconds < 60 ? `${retryAfterSeconds}秒` : `${Math.ceil(retryAfterSeconds / 60)}分钟`;
  return new AppError('RATE_LIMITED', `登录失败次数过多，请${wait}后再试`, { retryAfterSeconds });
}

export async function loginPlugin(app: FastifyInstance, { state }: { state: HostState }): Promise<void> {
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
    const { id, name, role, townshipId, unitId } = account;
    const token = signToken(state.keys.token, id, state.tokenTtlSeconds, state.clock.now(), account.credentialsVersion);
    const result: LoginResult = {
      token,
      account: { id, name, role, townshipId, unitId, mustChangePassword: account.mustChangePassword ?? false },
    };
    return okEnvelope(result);
  });
}
