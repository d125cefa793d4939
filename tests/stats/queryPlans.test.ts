// The summary's lead queries read index ranges in the order they need: no lead table scan and no sort of the
// period's leads, whatever statistics the database has (the host never runs ANALYZE).
import {
  LEADS_BY_CATEGORY_SQL,
  LEADS_BY_MONTH_SQL,
  LEADS_BY_UNIT_SQL,
} from '../../cloudfunctions/adapters/local/stats/leadCountsSql';
import { DECISION_MIDDLE_SQL, PUBLICATION_MIDDLE_SQL } from '../../cloudfunctions/adapters/local/stats/mediansSql';
import { ACTIVE_REPORTERS_SQL } from '../../cloudfunctions/adapters/local/stats/figuresSql';
import { DAILY_SQL } from '../../cloudfunctions/adapters/local/stats/alertsSql';
import { openStatsDb, T } from './world';

const params = {
  t: T,
  start: '2025-12-31T16:00:00.000Z',
  end: '2026-01-31T16:00:00.000Z',
  months: '[]',
  statuses: '[]',
};

function plan(sql: string): string[] {
  const db = openStatsDb();
  try {
    const used = Object.fromEntries(Object.entries(params).filter(([k]) => sql.includes(`@${k}`)));
    return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(used) as { detail: string }[]).map((r) => r.detail);
  } finally {
    db.close();
  }
}

describe('summary query plans', () => {
  it.each([
    ['leads by month and status', LEADS_BY_MONTH_SQL, 'leads_status_time'],
    ['leads by category', LEADS_BY_CATEGORY_SQL, 'leads_category_time'],
    ['active reporters', ACTIVE_REPORTERS_SQL, 'leads_mine'],
    ['median time to decision', DECISION_MIDDLE_SQL, 'leads_decision_order'],
  ])('%s: covering index ranges, nothing sorted', (_, sql, index) => {
    const steps = plan(sql);
    expect(steps.some((s) => s.includes(`COVERING INDEX ${index}`))).toBe(true);
    expect(steps.filter((s) => /^SCAN leads\b|TEMP B-TREE/.test(s))).toEqual([]);
  });

  it('leads by unit: two index range counts per unit (the units themselves are ordered, a few dozen rows)', () => {
    const steps = plan(LEADS_BY_UNIT_SQL);
    expect(steps).toEqual(
      expect.arrayContaining([
        expect.stringContaining('COVERING INDEX leads_by_unit'),
        expect.stringContaining('COVERING INDEX leads_unit_status_time'),
      ]),
    );
    expect(steps.filter((s) => /^SCAN leads\b/.test(s))).toEqual([]);
  });

  it("alerts' leads per unit and day: the period's range of a covering index, never the lead rows", () => {
    const steps = plan(DAILY_SQL);
    expect(steps.some((s) => s.includes('COVERING INDEX leads_stats (township_id=? AND created_at>?'))).toBe(true);
    expect(steps.filter((s) => /^SCAN leads\b/.test(s))).toEqual([]);
  });

  it('median time to first publication: cited leads in lead order, only the durations sorted', () => {
    const steps = plan(PUBLICATION_MIDDLE_SQL);
    expect(steps).toEqual(
      expect.arrayContaining([
        expect.stringContaining('COVERING INDEX article_leads_by_lead'),
        expect.stringContaining('COVERING INDEX leads_id_time'),
        expect.stringContaining('COVERING INDEX publications_by_article'),
      ]),
    );
    expect(steps.filter((s) => s.includes('TEMP B-TREE'))).toEqual(['USE TEMP B-TREE FOR ORDER BY']);
  });
});
