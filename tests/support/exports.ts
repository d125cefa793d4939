// stats.export over HTTP until its job is done, and the file it names, fetched through the signed URL.
import { dataOf, type Client } from './http';

export async function exportDone(client: Client, token: string, payload: Record<string, unknown>): Promise<any> {
  let result = dataOf(await client.call(token, 'stats', 'export', payload));
  for (let i = 0; i < 100 && result.status !== 'done'; i++) {
    await new Promise((r) => setTimeout(r, 100));
    result = dataOf(await client.call(token, 'stats', 'exportStatus', { jobId: result.jobId }));
  }
  expect(result.status).toBe('done');
  return result;
}
