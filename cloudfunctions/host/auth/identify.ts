// Resolves `Authorization: Bearer <token>` to an active account, or answers UNAUTHENTICATED.
import type { FastifyRequest } from 'fastify';
import { unauthenticated } from '../../core/errors';
import type { AccountRecord } from '../../core/accounts/records';
import type { HostState } from '../state';
import { bearerToken, verifyToken } from './tokens';

export async function authenticate(request: FastifyRequest, state: HostState): Promise<AccountRecord> {
  const token = bearerToken(request.headers.authorization);
  if (!token) throw unauthenticated('请先登录');
  const accountId = verifyToken(state.keys.token, token, state.clock.now());
  const account = accountId ? await state.store.getAccount(accountId) : null;
  if (!account) throw unauthenticated('登录已失效，请重新登录');
  if (!account.active) throw unauthenticated('账号已停用，请联系镇宣传办');
  return account;
}
