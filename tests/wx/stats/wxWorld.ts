// A StatsWorld (tests/stats/world.ts) written into the cloud-database double in the document shapes of
// adapters/wx/documents.ts, through the records the app itself stores (fixtures' account and lead factories).
import { toDoc } from '../../../cloudfunctions/adapters/wx/documents';
import { STATS_COLLECTIONS } from '../../../cloudfunctions/adapters/wx/stats/collections';
import type { ArticleRecord, PublicationRecord } from '../../../cloudfunctions/core/articles/records';
import type { UnitRecord } from '../../../cloudfunctions/core/accounts/records';
import { platformMonthDocId } from '../../../cloudfunctions/adapters/wx/stats/reach';
import { activityRecord, platformMonthRecord, workTaskRecord } from '../../stats/world';
import type { StatsWorld } from '../../../cloudfunctions/core/stats/world';
import type { FakeDb } from '../fakeDb';
import { account, lead, T1 } from '../fixtures';

const T = 't1';
const CREATED = '2025-01-01T00:00:00.000Z';

/** Writes a world; `order` permutes every collection's insertion order (the facts do not change). */
export function loadWxWorld(db: FakeDb, w: StatsWorld, order: <X>(xs: X[]) => X[] = (xs) => xs): void {
  const put = (collection: string, record: { id: string }) => db.table(collection).set(record.id, toDoc(record));
  put('townships', T1);
  for (const u of order(w.units)) {
    const unit: UnitRecord & { position: number } = {
      id: u.id,
      townshipId: T,
      name: u.name,
      kind: 'village',
      platforms: u.platforms,
      createdAt: u.createdAt,
      deactivatedAt: u.deactivatedAt,
      platformSince: u.platformSince,
      platformRuns: u.platformRuns,
      position: u.position,
    };
    put('units', unit);
  }
  for (const a of order(w.accounts))
    put('accounts', account({ id: a.id, name: a.name, role: a.role, unitId: a.unitId, createdAt: CREATED }));
  for (const l of order(w.leads)) {
    const history = l.firstDecisionAt
      ? [
          {
            at: l.firstDecisionAt,
            by: 'a0',
            decision: 'accept' as const,
            note: null,
            from: 'submitted' as const,
            to: l.status,
          },
        ]
      : [];
    put(
      'leads',
      lead({
        id: l.id,
        unitId: l.unitId,
        authorId: l.authorId,
        title: l.title,
        status: l.status,
        category: l.category,
        createdAt: l.createdAt,
        updatedAt: l.createdAt,
        history,
        highlightSection: l.highlightSection,
      }),
    );
  }
  for (const a of order(w.articles)) {
    const article: ArticleRecord = {
      id: a.id,
      townshipId: T,
      title: a.title,
      kind: a.kind,
      body: '字'.repeat(a.bodyLength),
      status: 'draft',
      photos: [],
      credits: a.credits,
      leadIds: a.leadIds,
      createdBy: 'a0',
      createdAt: a.createdAt,
      updatedAt: a.createdAt,
      version: 1,
    };
    put('articles', article);
  }
  for (const p of order(w.publications)) {
    const publication: PublicationRecord = {
      id: p.id,
      articleId: p.articleId,
      townshipId: T,
      outlet: p.outlet,
      level: p.level,
      publishedAt: p.publishedAt,
      url: null,
      proofFileID: null,
      createdBy: 'a0',
      createdAt: CREATED,
    };
    put('publications', publication);
  }
  for (const t of order(w.activities)) put(STATS_COLLECTIONS.activities, activityRecord(t));
  for (const t of order(w.workTasks)) put(STATS_COLLECTIONS.workTasks, workTaskRecord(t));
  for (const m of order(w.platformMonths).map(platformMonthRecord)) {
    db.table(STATS_COLLECTIONS.platformMonths).set(platformMonthDocId(m), { _id: platformMonthDocId(m), ...m });
  }
}
