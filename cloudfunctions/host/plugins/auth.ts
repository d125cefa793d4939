// The auth plugin: an onRequest hook that resolves `Authorization: Bearer <token>` to an active account and puts it
// on `request.identity`, or answers UNAUTHENTICATED before any handler runs. Registered inside the scopes that need a
// caller (functions, uploads); it shares its hook with that scope instead of keeping it to itself.
import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import { denied, unauthenticated } from '../../core/errors';
import type { AccountRecord } from '../../core/accounts/records';
import { bearerToken, verifyToken } from '../auth/tokens';
import type { HostState } from '../state';
import { drainBody } from './drain';
import { sharedWithParent } from './shared';

declare module 'fastify' {
  interface FastifyRequest {
    /** The caller, set by the auth plugin's hook in the scopes that register it. */
    identity: AccountRecord | null;
  }
}

export interface AuthOptions {
  state: HostState;
  /**
   * What an account still holding its one-time password may do here (after the body is parsed); absent: nothing.
   * Everything else is refused until the password is changed.
   */
  allowBeforePasswordChange?: (request: FastifyRequest) => boolean;
  /** The largest body this scope accepts: a refused request's body is read up to it before the answer. */
  bodyLimit: number;
}

export async function identify(authorization: string | undefined, state: HostState): Promise<AccountRecord> {
  const token = bearerToken(authorization);
  if (!token) throw unauthenticated('请先登录');
  const claims = verifyToken(state.keys.token, token, state.clock.now());
  const account = claims ? await state.ctx.accounts.getAccount(claims.accountId) : null;
  if (!claims || !account) throw unauthenticated('登录已失效，请重新登录');
  if (!account.active) throw unauthenticated('账号已停用，请联系镇宣传办');
  if ((account.credentialsVersion ?? 0) !== claims.credentialsVersion) {
    throw unauthenticated('密码已修改或账号状态已变化，请重新登录');
  }
  return account;
}

/** The caller of a request that went through the auth plugin. */
export function callerOf(request: FastifyRequest): AccountRecord {
  if (!request.identity) throw unauthenticated('请先登录');
  return request.identity;
}

const MUST_CHANGE_PASSWORD = '这是初始密码：请先修改密码，再使用其他功能';

async function auth(app: FastifyInstance, options: AuthOptions): Promise<void> {
  if (!app.hasRequestDecorator('identity')) app.decorateRequest('identity', null);
  const refuse = async (request: FastifyRequest, err: unknown): Promise<never> => {
    await drainBody(request.raw, options.bodyLimit);
    throw err;
  };
  app.addHook('onRequest', async (request) => {
    try {
      request.identity = await identify(request.headers.authorization, options.state);
    } catch (err) {
      await refuse(request, err);
    }
  });
  app.addHook('preHandler', async (request) => {
    const allowed = options.allowBeforePasswordChange?.(request) ?? false;
    if (request.identity?.mustChangePassword && !allowed) await refuse(request, denied(MUST_CHANGE_PASSWORD));
  });
}

export const authPlugin: FastifyPluginAsync<AuthOptions> = sharedWithParent(auth);
