// POST /api/fn/:name: the same function table the WeChat bundles use, behind a login token.
import type { FastifyInstance } from 'fastify';
import { ERROR_STATUS, notFound } from '../../core/errors';
import { dispatch } from '../../core/runtime';
import { functionNamed } from '../../functions';
import { authenticate } from '../auth/identify';
import type { HostState } from '../state';

export function registerFunctions(app: FastifyInstance, state: HostState): void {
  app.post<{ Params: { name: string } }>('/api/fn/:name', async (request, reply) => {
    // The token is checked first (DESIGN 4.1), so function names are not revealed to strangers.
    const account = await authenticate(request, state);
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
