// The lead audit log in the cloud database: one document per lead version, keyed so a retried write cannot double it.
// The cloud database has no multi-document transaction: the line is written right after the lead's compare-and-set
// succeeded, and the collection's permission ("仅管理端可读写") keeps the mini program from touching it.
import type { LeadEvent, LeadRecord } from '../../core/leads/records';
import { COLLECTIONS as C, fetchAll } from './documents';
import type { Database, Doc } from './sdk';

export async function appendLeadEvent(db: Database, lead: Pick<LeadRecord, 'id' | 'townshipId'>, version: number, e: LeadEvent): Promise<void> {
  try {
    await db.collection(C.leadEvents).add({ data: { _id: `${lead.id}_v${version}`, leadId: lead.id, townshipId: lead.townshipId, version, ...e } });
  } catch (err) {
    // A duplicate key means this very line was written before (a retry); anything else is a real failure.
    const { data } = await db.collection(C.leadEvents).where({ _id: `${lead.id}_v${version}` }).limit(1).get();
    if (data.length === 0) throw err;
  }
}

export async function leadEvents(db: Database, townshipId: string, leadId: string): Promise<LeadEvent[]> {
  const docs = await fetchAll(db, C.leadEvents, { townshipId, leadId });
  return (docs as (Doc & LeadEvent & { version: number })[])
    .sort((a, b) => a.version - b.version || a.at.localeCompare(b.at))
    .map(({ at, by, kind, decision, from, to, note, ref }) => ({ at, by, kind, decision, from, to, note, ref }));
}
