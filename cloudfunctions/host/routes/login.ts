// POST /api/login: username + password → signed token, with per-(username, address) throttling.
import type { FastifyInstance } from 'fastify';
import { AppError, okEnvelope, unauthenticated } from '../../core/errors';
import type { LoginResult } from '../../core/accounts/views';
import { loginSchema } from '../../core/accounts/schemas';
import { parseOrThrow } from '../../core/validation';
import { LoginLimiter } from '../auth/rateLimit';
import { signToken } from '../auth/tokens';
import type { HostState } from '../state';

export function registerLogin(app: FastifyInstance, state: HostState): void {
  app.post('/api/login', async (request) => {
    const input = parseOrThrow(loginSchema, request.body);
    const key = LoginLimiter.key(input.username, request.ip);
    const retryAfterSeconds = state.limiter.retryAfter(key, Date.now());
    if (retryAfterSeconds !== null) {
      const minutes = Math.ceil(retryAfterSeconds / 60);
      throw new AppError('RATE_LIMITED', `登录失败次数过多，请${minutes}分钟后再试`, { retryAfterSeconds });
    }
    // Counted before the (slow) hash check, so parallel guesses cannot slip past the limit;
    // a success clears the count again.
    state.limiter.fail(key, Date.now());
    const account = await state.ctx.accounts.findAccountByUsername(input.username);
    // Unknown usernames are checked against a decoy hash: same time, same answer as a wrong password.
    const matches = await state.ctx.passwords.verifyPassword(input.password, account?.passwordHash ?? null);
    if (!account || !matches) throw unauthenticated('用户名或密码错误');
    state.limiter.succeed(key);
    if (!account.active) throw unauthenticated('账号已停用，请联系镇宣传办');
    const result: LoginResult = {
      token: signToken(state.keys.token, account.id, state.tokenTtlSeconds, state.clock.now()),
      account: { id: account.id, name: account.name, role: account.role, townshipId: account.townshipId, unitId: account.unitId },
    };
    return okEnvelope(result);
  });
}
