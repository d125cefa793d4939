// The draft's clientId must be a UUID the server's schema accepts.
import { submitLeadSchema } from '@core';
import { uuidV4 } from '@/lib/uuid';

describe('clientId of a new draft', () => {
  it('is a version 4 UUID', () => {
    expect(uuidV4()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('passes the shared submit schema, even from a degenerate random source', () => {
    for (const random of [() => 0, () => 0.999999, Math.random]) {
      const clientId = uuidV4(random);
      expect(submitLeadSchema.safeParse({ clientId, title: '标题', body: '内容', category: '其他' }).success).toBe(
        true,
      );
    }
  });

  it('differs between two drafts', () => {
    expect(new Set(Array.from({ length: 200 }, () => uuidV4())).size).toBe(200);
  });
});
