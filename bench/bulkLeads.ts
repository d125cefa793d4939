// Fills a demo database with many pending leads, so list latencies are measured at a county's scale.
import { randomUUID } from 'node:crypto';
import { DEMO_TOWNSHIP_ID } from '../cloudfunctions/adapters/local/demo/people';
import { LocalStore } from '../cloudfunctions/adapters/local/store';
import type { LeadRecord } from '../cloudfunctions/core/leads/records';
import { DEFAULT_CATEGORIES } from '../cloudfunctions/core/vocabulary';

export async function addPendingLeads(dataDir: string, count: number, now: Date): Promise<void> {
  const store = LocalStore.open(dataDir);
  try {
    const reporters = (await store.listAccounts({ townshipId: DEMO_TOWNSHIP_ID, role: 'reporter', limit: 50 })).items;
    if (reporters.length === 0) throw new Error('bench: the demo township has no reporters');
    store.transaction(() => {
      for (let i = 0; i < count; i++) {
        const author = reporters[i % reporters.length]!;
        const at = new Date(now.getTime() - (i % 365) * 86_400_000 - i * 1000).toISOString();
        const lead: LeadRecord = {
          id: randomUUID().replace(/-/g, ''),
          townshipId: author.townshipId,
          unitId: author.unitId,
          authorId: author.id,
          clientId: randomUUID(),
          title: `压测线索第${i}条`,
          body: '这是一条用于测量列表性能的线索。'.repeat(5),
          category: DEFAULT_CATEGORIES[i % DEFAULT_CATEGORIES.length]!,
          occurredAt: at,
          place: '示范镇',
          photos: [],
          urgent: i % 17 === 0,
          status: 'submitted',
          history: [],
          replies: [],
          mergedInto: null,
          highlightSection: null,
          createdAt: at,
          updatedAt: at,
          version: 1,
        };
        void store.insertLead(lead); // runs synchronously inside the transaction (better-sqlite3)
      }
    });
  } finally {
    store.close();
  }
}
