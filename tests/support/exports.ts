// stats.export over HTTP until its job is done, and the file it names, fetched through the signed URL.
import { dataOf, type Client } from './http';
import { eventually } from './eventually';

export async function exportDone(client: Client, token: string, payload: Record<string, unknown>): Promise<any> {
  const started = dataOf(await client.call(token, 'stats', 'export', payload));
  const result =
    started.status === 'done'
      ? started
      : await eventually(
          async () => dataOf(await client.call(token, 'stats', 'exportStatus', { jobId: started.jobId })),
          (r) => r.status === 'done',
        );
  expect(result.status).toBe('done');
  return result;
}
