// The lead audit log in the cloud database: one document per lead version, keyed so a retried write cannot double
// it. The line is written in the same transaction as the lead change (see store.ts), never on its own.
import type { LeadEvent, LeadRecord } from '../../core/leads/records';
import { COLLECTIONS as C, fetchAll } from './documents';
import type { Database, Doc } from './sdk';

/** The audit line's document for the lead's `version`. */
export function leadEventDoc(lead: Pick<LeadRecord, 'id' | 'townshipId'>, version: number, e: LeadEvent): Doc {
  return { _id: `${lead.id}_v${version}`, leadId: lead.id, townshipId: lead.townshipId, version, ...e };
}

export async function leadEvents(db: Database, townshipId: string, leadId: string): Promise<LeadEvent[]> {
  const docs = await fetchAll(db, C.leadEvents, { townshipId, leadId });
  return (docs as (Doc & LeadEvent & { version: number })[])
    .sort((a, b) => a.version - b.version || a.at.localeCompare(b.at))
    .map(({ at, by, kind, decision, from, to, note, ref }) => ({ at, by, kind, decision, from, to, note, ref }));
}
