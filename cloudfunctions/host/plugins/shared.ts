// What `fastify-plugin` does, without the dependency: a plugin marked this way adds its hooks and decorators to the
// scope that registers it, so `scope.register(authPlugin)` protects exactly that scope's routes.
import type { FastifyPluginAsync, FastifyPluginOptions } from 'fastify';

export function sharedWithParent<O extends FastifyPluginOptions>(plugin: FastifyPluginAsync<O>): FastifyPluginAsync<O> {
  Object.assign(plugin, { [Symbol.for('skip-override')]: true });
  return plugin;
}
