// Serves the H5 build (dist/h5) at / on the same origin as the API, so the app needs no CORS.
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export async function staticPlugin(app: FastifyInstance, { staticDir }: { staticDir: string }): Promise<void> {
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
    // Without a build the API still works; the page says how to get the app.
    app.get('/', async (_request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><meta charset="utf-8"><title>乡讯</title><p>前端尚未构建：请先运行 <code>npm run build:h5</code>，再重新启动。</p>',
        ),
    );
    return;
  }
  await app.register(fastifyStatic, {
    root: staticDir,
    prefix: '/',
    index: ['index.html'],
    wildcard: true,
    setHeaders: (reply, filePath) => {
      // index.html must be revalidated so a new build's hashed assets are picked up at once.
      if (filePath.endsWith('.html')) reply.header('Cache-Control', 'no-cache');
      // Assets named by their content hash never change under that name.
      else if (/[.-][0-9a-f]{8,}\.(js|css|png|jpg|svg|woff2?)$/.test(filePath)) {
        reply.header('Cache-Control', 'public, max-age=31536000, immutable');
      }
    },
  });
}
