// Random rule versions (counting, split, points, effective dates). The same arbitrary as the one inside
// tests/stats/sqlMatchesReference.test.ts, which exports nothing; it belongs in tests/stats/world.ts for both.
import fc from 'fast-check';
import { defaultRule, ruleVersions, type AssessmentRule } from '../../../cloudfunctions/core/stats/rule';
import { dayArb, T } from '../../stats/world';

export const ruleArb: fc.Arbitrary<AssessmentRule[]> = fc
  .array(
    fc.record({
      effectiveFrom: dayArb,
      counting: fc.constantFrom('highest', 'every') as fc.Arbitrary<'highest' | 'every'>,
      split: fc.constantFrom('equal', 'full', 'first') as fc.Arbitrary<'equal' | 'full' | 'first'>,
      scale: fc.integer({ min: 1, max: 3 }),
    }),
    { maxLength: 2 },
  )
  .map((vs) =>
    ruleVersions(
      T,
      vs.map((v, i) => {
        const d = defaultRule(T);
        return { ...d, id: `rule${i}`, effectiveFrom: v.effectiveFrom, levelCounting: v.counting, creditSplit: v.split, leadSubmitted: v.scale, publication: { ...d.publication, provincial: 15 * v.scale }, createdAt: `2026-01-0${i + 1}` };
      }),
    ),
  );
