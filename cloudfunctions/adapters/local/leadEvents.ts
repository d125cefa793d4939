// The append-only lead audit log (table lead_events; triggers refuse any UPDATE or DELETE on it).
import type { LeadEvent, LeadRecord } from '../../core/leads/records';
import type { Db } from './db';

interface EventRow {
  at: string;
  by: string;
  kind: LeadEvent['kind'];
  decision: LeadEvent['decision'];
  from_status: LeadEvent['from'];
  to_status: LeadEvent['to'];
  note: string | null;
  ref: string | null;
}

/** Appends one line; call it inside the transaction of the change it records. */
export function appendLeadEvent(
  db: Db,
  lead: Pick<LeadRecord, 'id' | 'townshipId'>,
  version: number,
  e: LeadEvent,
): void {
  db.prepare(
    `INSERT INTO lead_events (lead_id, township_id, version, at, by, kind, decision, from_status, to_status, note, ref)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(lead.id, lead.townshipId, version, e.at, e.by, e.kind, e.decision, e.from, e.to, e.note, e.ref);
}

export function leadEvents(db: Db, townshipId: string, leadId: string): LeadEvent[] {
  const rows = db
    .prepare('SELECT * FROM lead_events WHERE township_id = ? AND lead_id = ? ORDER BY seq')
    .all(townshipId, leadId) as EventRow[];
  return rows.map((r) => ({
    at: r.at,
    by: r.by,
    kind: r.kind,
    decision: r.decision,
    from: r.from_status,
    to: r.to_status,
    note: r.note,
    ref: r.ref,
  }));
}
