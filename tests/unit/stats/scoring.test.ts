// Assessment points: one article never scores twice under "highest level only", sums over units equal totals,
// and each event is scored by the rule version in effect on its own date.
import fc from 'fast-check';
import { referenceFigures } from '../../../cloudfunctions/core/stats/referenceFigures';
import { referenceRanking, scoreEvents } from '../../../cloudfunctions/core/stats/scoring';
import { defaultRule, ruleInEffect, ruleVersions, type AssessmentRule } from '../../../cloudfunctions/core/stats/rule';
import { addDays } from '../../../cloudfunctions/core/stats/period';
import { dayArb, periodArb, T, worldArb } from '../../stats/world';

const highestOnly = (): AssessmentRule[] =>
  ruleVersions(T, [
    { ...defaultRule(T), id: 'h', effectiveFrom: '2025-01-01', levelCounting: 'highest', creditSplit: 'first' },
  ]);

describe('assessment points', () => {
  it('under "highest level only" an article scores at most once, even summed over split periods', () => {
    fc.assert(
      fc.property(worldArb, periodArb, dayArb, (world, { from, to }, cut) => {
        const rules = highestOnly();
        const count = (a: string, b: string) => {
          const seen = new Map<string, number>();
          for (const e of scoreEvents(world, rules, a, b))
            if (e.kind === 'publication') seen.set(e.articleId!, (seen.get(e.articleId!) ?? 0) + 1);
          return seen;
        };
        for (const n of count(from, to).values()) expect(n).toBe(1);
        if (cut > from && cut <= to) {
          const left = count(from, addDays(cut, -1));
          for (const [article] of count(cut, to)) expect(left.has(article)).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the sum over units equals the total, for leads and for points', () => {
    fc.assert(
      fc.property(worldArb, periodArb, (world, { from, to }) => {
        const f = referenceFigures(world, from, to);
        expect(f.leadsByUnit.reduce((s, u) => s + u.leadsSubmitted, 0)).toBe(f.leadsSubmitted);
        expect(f.leadsByUnit.reduce((s, u) => s + u.leadsAccepted, 0)).toBe(f.leadsAccepted);
        expect(f.leadsByMonth.reduce((s, m) => s + m.total, 0)).toBe(f.leadsSubmitted);
        const rules = ruleVersions(T, []);
        const total = scoreEvents(world, rules, from, to).reduce((s, e) => s + e.points, 0);
        const units = referenceRanking(world, rules, from, to, 'unit').reduce((s, r) => s + r.points, 0);
        const reporters = referenceRanking(world, rules, from, to, 'reporter').reduce((s, r) => s + r.points, 0);
        expect(units).toBeCloseTo(total, 1);
        // Reporter rows cover the reporters and every other credited account, so they add up too.
        expect(reporters).toBeCloseTo(total, 1);
      }),
      { numRuns: 200 },
    );
  });

  it('each event is scored by the version in effect on its date: the latest effectiveFrom on or before it', () => {
    const d = defaultRule(T);
    const versions = ruleVersions(T, [
      { ...d, id: 'v2', effectiveFrom: '2026-03-01', leadSubmitted: 5, createdAt: '2026-02-01T00:00:00Z' },
      { ...d, id: 'v1', effectiveFrom: '2026-01-01', leadSubmitted: 3, createdAt: '2026-01-01T00:00:00Z' },
    ]);
    expect(versions.map((v) => v.id)).toEqual(['default', 'v1', 'v2']);
    expect(ruleInEffect(versions, '2025-12-31').id).toBe('default');
    expect(ruleInEffect(versions, '2026-01-01').id).toBe('v1');
    expect(ruleInEffect(versions, '2026-02-28').id).toBe('v1');
    expect(ruleInEffect(versions, '2026-03-01').id).toBe('v2');
  });

  it('a version saved later for the same date replaces the earlier one', () => {
    const d = defaultRule(T);
    const versions = ruleVersions(T, [
      { ...d, id: 'late', effectiveFrom: '2026-01-01', createdAt: '2026-01-02T00:00:00Z' },
      { ...d, id: 'early', effectiveFrom: '2026-01-01', createdAt: '2026-01-01T00:00:00Z' },
    ]);
    expect(ruleInEffect(versions, '2026-05-01').id).toBe('late');
  });

  it('equal credit splits an article; the shares add up to its points', () => {
    fc.assert(
      fc.property(worldArb, periodArb, (world, { from, to }) => {
        const rules = ruleVersions(T, []);
        const byPub = new Map<string, number>();
        for (const e of scoreEvents(world, rules, from, to))
          if (e.kind === 'publication') byPub.set(e.publicationId!, (byPub.get(e.publicationId!) ?? 0) + e.points);
        for (const [pubId, pts] of byPub) {
          const p = world.publications.find((x) => x.id === pubId)!;
          expect(pts).toBeCloseTo(ruleInEffect(rules, p.publishedAt).publication[p.level], 6);
        }
      }),
      { numRuns: 100 },
    );
  });
});
