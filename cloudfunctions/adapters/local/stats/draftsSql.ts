// Saved summary documents (table summary_drafts, migration 104): one row per township and period.
import type { SummaryDraftRecord, SummarySection } from '../../../core/stats/summaryDocument';
import type { Db } from '../db';

interface DraftRow {
  township_id: string;
  from_date: string;
  to_date: string;
  title: string;
  issuer: string;
  signed_on: string;
  sections: string;
  saved_at: string;
  saved_by: string;
}

const fromRow = (r: DraftRow): SummaryDraftRecord => ({
  townshipId: r.township_id,
  from: r.from_date,
  to: r.to_date,
  title: r.title,
  issuer: r.issuer,
  signedOn: r.signed_on,
  sections: JSON.parse(r.sections) as SummarySection[],
  savedAt: r.saved_at,
  savedBy: r.saved_by,
});

export function getSummaryDraft(db: Db, townshipId: string, from: string, to: string): SummaryDraftRecord | null {
  const row = db
    .prepare('SELECT * FROM summary_drafts WHERE township_id = ? AND from_date = ? AND to_date = ?')
    .get(townshipId, from, to) as DraftRow | undefined;
  return row ? fromRow(row) : null;
}

/** Compare and set in one transaction: false when the stored savedAt is not the expected one. */
export function saveSummaryDraft(db: Db, d: SummaryDraftRecord, expectedSavedAt: string | null | undefined): boolean {
  return db
    .transaction(() => {
      const current = getSummaryDraft(db, d.townshipId, d.from, d.to);
      if (expectedSavedAt !== undefined && (current?.savedAt ?? null) !== expectedSavedAt) return false;
      db.prepare(
        `INSERT INTO summary_drafts (township_id, from_date, to_date, title, issuer, signed_on, sections, saved_at, saved_by)
       VALUES (@t, @from, @to, @title, @issuer, @signedOn, @sections, @savedAt, @savedBy)
       ON CONFLICT (township_id, from_date, to_date) DO UPDATE SET title = excluded.title, issuer = excluded.issuer,
         signed_on = excluded.signed_on, sections = excluded.sections, saved_at = excluded.saved_at,
         saved_by = excluded.saved_by`,
      ).run({ ...d, t: d.townshipId, sections: JSON.stringify(d.sections) });
      return true;
    })
    .immediate();
}
