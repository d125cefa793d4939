// POST /api/fn/:name: the same function table the WeChat bundles use, behind the auth plugin.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ERROR_STATUS, notFound } from '../../core/errors';
import { dispatch } from '../../core/runtime';
import { functionNamed } from '../../functions';
import type { HostState } from '../state';
import { authPlugin, callerOf } from './auth';

type FnRequest = FastifyRequest<{ Params: { name: string } }>;

/** With a one-time password one may still see who one is and change it (the login page's second step). */
function mayCallBeforePasswordChange(request: FastifyRequest): boolean {
  const { name } = (request as FnRequest).params;
  const action = (request.body as { action?: unknown } | null)?.action;
  return name === 'accounts' && (action === 'me' || action === 'changePassword');
}

export async function functionsPlugin(
  app: FastifyInstance,
  { state, bodyLimit }: { state: HostState; bodyLimit: number },
): Promise<void> {
  // The token is checked first (DESIGN 4.1), so function names are not revealed to strangers.
  await app.register(authPlugin, { state, bodyLimit, allowBeforePasswordChange: mayCallBeforePasswordChange });
  app.post<{ Params: { name: string } }>('/api/fn/:name', async (request, reply) => {
    const account = callerOf(request);
    const { name } = request.params;
    const fn = functionNamed(name);
    if (!fn) throw notFound(`没有名为“${name.slice(0, 40)}”的云函数`);
    const envelope = await dispatch(fn, request.body, { account, openid: null }, state.ctx, (err) =>
      request.log.error({ err, fn: name }, 'function failed'),
    );
    reply.code(envelope.ok ? 200 : ERROR_STATUS[envelope.error.code]);
    return envelope;
  });
}
