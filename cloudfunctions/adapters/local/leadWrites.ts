// Every write of a lead row, each with its line in the audit log in the same transaction.
import { submittedEvent, type LeadEvent, type LeadRecord } from '../../core/leads/records';
import type { Db } from './db';
import { appendLeadEvent } from './leadEvents';
import { insertSql, leadFromRow, leadToRow, type LeadRow } from './rows';

/** Inserts unless the clientId exists (then returns that lead untouched); a new lead logs its submission. */
export function insertLeadRow(db: Db, lead: LeadRecord): { lead: LeadRecord; created: boolean } {
  return db.transaction(() => {
    const row = leadToRow(lead);
    // ON CONFLICT DO NOTHING then read: two submissions of one draft can never make two leads,
    // even from two processes sharing the database file.
    const info = db.prepare(insertSql('leads', row, 'ON CONFLICT(client_id) DO NOTHING')).run(row);
    if (info.changes === 1) {
      appendLeadEvent(db, lead, lead.version, submittedEvent(lead));
      return { lead, created: true };
    }
    const existing = db.prepare('SELECT * FROM leads WHERE client_id = ?').get(lead.clientId) as LeadRow | undefined;
    if (!existing) throw new Error(`lead with client_id ${lead.clientId} vanished after a conflict`);
    return { lead: leadFromRow(existing), created: false };
  })();
}

/** Compare-and-set: the write (and its audit line) only lands if nobody saved the lead since it was read. */
export function updateLeadRow(db: Db, lead: LeadRecord, expectedVersion: number, event: LeadEvent): boolean {
  return db.transaction(() => {
    const row = leadToRow({ ...lead, version: expectedVersion + 1 });
    const info = db
      .prepare(
        `UPDATE leads SET unit_id = @unit_id, title = @title, body = @body, category = @category,
           occurred_at = @occurred_at, place = @place, photos = @photos, urgent = @urgent, status = @status,
           history = @history, replies = @replies, merged_into = @merged_into,
           highlight_section = @highlight_section, updated_at = @updated_at, version = @version,
           moderation = @moderation, moderation_state = @moderation_state, purged_at = @purged_at
         WHERE id = @id AND township_id = @township_id AND version = @expected`,
      )
      .run({ ...row, expected: expectedVersion });
    if (info.changes !== 1) return false;
    appendLeadEvent(db, lead, expectedVersion + 1, event);
    return true;
  })();
}
