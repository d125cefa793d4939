// Retention on the local host: rejected and merged leads past the township's period lose their text and photos,
// each purge is a line of the audit log, nothing else is touched, and the year's figures stay exactly as they were.
import { PURGED_TITLE } from '../../cloudfunctions/core/leads/retention';
import { dataOf, errorOf, hasChinese } from '../support/http';
import { useTestHost } from '../support/host';

/** A fixed "today": the demo year is seeded relative to it, so nothing depends on the real date. */
const NOW = new Date('2026-11-30T04:00:00.000Z');
const year = { from: '2025-11-01', to: '2026-11-30' };

const env = useTestHost({ clock: { now: () => NOW }, tokens: ['admin', 'editor'] });
const { client, tokens } = env;

const query = <T>(sql: string, ...params: unknown[]) => env.host.query<T>(sql, ...params);

test('the retention period is an admin setting of 30 to 3650 days, 180 by default', async () => {
  expect(dataOf(await client.call(tokens.admin, 'accounts', 'me', {})).retentionDays).toBe(180);
  expect(dataOf(await client.call(tokens.editor, 'accounts', 'me', {}))).not.toHaveProperty('retentionDays');
  for (const bad of [29, 3651, 90.5, '180']) {
    const answer = await client.call(tokens.admin, 'accounts', 'saveTownship', { retentionDays: bad });
    expect([answer.status, errorOf(answer).code, hasChinese(errorOf(answer).message)]).toEqual([
      400,
      'INVALID_ARGUMENT',
      true,
    ]);
  }
  const denied = await client.call(tokens.editor, 'accounts', 'saveTownship', { retentionDays: 30 });
  expect(errorOf(denied).code).toBe('PERMISSION_DENIED');
  expect(dataOf(await client.call(tokens.admin, 'accounts', 'me', {})).retentionDays).toBe(180);
});

test('a purge blanks expired rejected and merged leads, deletes their photos, logs each, and keeps the figures', async () => {
  const before = dataOf(await client.call(tokens.editor, 'stats', 'summary', year));
  const cutoff = new Date(NOW.getTime() - 180 * 86_400_000).toISOString();
  type Row = { id: string; status: string; photos: string; updated_at: string; created_at: string };
  const rows = query<Row>('SELECT id, status, photos, updated_at, created_at FROM leads');
  const expired = rows.filter((r) => ['rejected', 'merged'].includes(r.status) && r.created_at < cutoff);
  const photosOfExpired = expired.flatMap((r) => JSON.parse(r.photos) as string[]);
  expect(expired.length).toBeGreaterThan(0);

  const result = await env.host.purgeExpired();
  expect(result.leads).toBeGreaterThan(0);
  expect(result.leads).toBeLessThanOrEqual(expired.length);

  const purged = query<{ id: string; title: string; body: string; photos: string; status: string }>(
    'SELECT id, title, body, photos, status FROM leads WHERE purged_at IS NOT NULL',
  );
  expect(purged).toHaveLength(result.leads);
  for (const lead of purged) {
    expect(lead).toMatchObject({ title: PURGED_TITLE, body: '', photos: '[]' });
    expect(['rejected', 'merged']).toContain(lead.status);
  }
  // Nothing else changed: every lead that is not purged keeps its title.
  const untouched = query<{ n: number }>(
    `SELECT count(*) AS n FROM leads WHERE purged_at IS NULL AND title = ?`,
    PURGED_TITLE,
  );
  expect(untouched[0]!.n).toBe(0);
  const logged = query<{ lead_id: string; by: string }>("SELECT lead_id, by FROM lead_events WHERE kind = 'purged'");
  expect(logged.map((e) => e.lead_id).sort()).toEqual(purged.map((l) => l.id).sort());
  if (photosOfExpired.length > 0) {
    const left = query<{ n: number }>(
      `SELECT count(*) AS n FROM files WHERE id IN (${photosOfExpired.map(() => '?').join(',')})`,
      ...photosOfExpired,
    );
    expect(left[0]!.n).toBe(0);
  }

  const after = dataOf(await client.call(tokens.editor, 'stats', 'summary', year));
  expect(after.figures).toEqual(before.figures);
  expect(await env.host.purgeExpired()).toEqual({ leads: 0, photos: 0 });
});
