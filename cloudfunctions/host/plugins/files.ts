// GET /files/:fileID?exp&sig: photos and exports only through the short-lived signed URLs the functions hand out.
import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { denied, notFound } from '../../core/errors';
import type { HostState } from '../state';
import { contentDisposition, downloadName } from './contentDisposition';

export async function filesPlugin(app: FastifyInstance, { state }: { state: HostState }): Promise<void> {
  app.get<{ Params: { fileID: string }; Querystring: { exp?: string; sig?: string } }>(
    '/files/:fileID',
    async (request, reply) => {
      const { fileID } = request.params;
      const { exp, sig } = request.query;
      if (!state.files.verify(fileID, exp, sig)) throw denied('文件链接无效或已过期，请刷新页面后重试');
      const row = state.files.find(fileID);
      if (!row) throw notFound('文件不存在或已被删除');
      const secondsLeft = Math.max(0, Number(exp) - Math.floor(state.clock.now().getTime() / 1000));
      let stream: fs.ReadStream;
      try {
        stream = fs.createReadStream(state.files.pathOf(fileID));
        await new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject));
      } catch {
        throw notFound('文件不存在或已被删除');
      }
      return (
        reply
          .header('Content-Type', row.mime)
          .header('Content-Length', String(row.size))
          .header('Cache-Control', `private, max-age=${secondsLeft}`)
          // Photos show in the page; Word and Excel exports are saved as files, under their title.
          .header(
            'Content-Disposition',
            contentDisposition(row.mime.startsWith('image/') ? 'inline' : 'attachment', downloadName(row), fileID),
          )
          .send(stream)
      );
    },
  );
}
