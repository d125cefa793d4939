import { rankTwins, titleSimilarity } from '../../cloudfunctions/core/leads/twins';
import type { LeadRecord } from '../../cloudfunctions/core/leads/records';

const lead = (id: string, title: string, createdAt = '2026-03-10T02:00:00.000Z') =>
  ({ id, title, createdAt }) as LeadRecord;

describe('title similarity (character bigrams)', () => {
  it('is 1 for the same title, whatever the punctuation and spaces', () => {
    expect(titleSimilarity('青石村举办丰收节', '青石村 举办“丰收节”！')).toBe(1);
  });
  it('stays high when a word is added, and low for another story', () => {
    expect(titleSimilarity('青石村举办丰收节庆祝活动', '青石村举办丰收节活动')).toBeGreaterThanOrEqual(0.8);
    expect(titleSimilarity('青石村举办丰收节', '村里修好了便民桥')).toBeLessThan(0.2);
  });
  it('ignores case in Latin letters and gives 0 for empty titles', () => {
    expect(titleSimilarity('5G Station 开通', '5g station开通')).toBe(1);
    expect(titleSimilarity('！！', '青石村')).toBe(0);
  });
});

describe('ranking twins', () => {
  const base = lead('x', '青石村举办丰收节庆祝活动');
  it('keeps similar leads within three days, most similar first, never the lead itself, at most five', () => {
    const near = lead('near', '青石村举办丰收节庆祝活动！', '2026-03-11T02:00:00.000Z');
    const fair = lead('fair', '青石村举办丰收节活动', '2026-03-08T02:00:00.000Z');
    const late = lead('late', '青石村举办丰收节庆祝活动', '2026-03-13T02:00:01.000Z');
    const other = lead('other', '柳塘村开展安全生产检查');
    expect(rankTwins(base, [fair, other, near, late, base]).map((l) => l.id)).toEqual(['near', 'fair']);
    const many = Array.from({ length: 8 }, (_, i) => lead(`m${i}`, '青石村举办丰收节庆祝活动'));
    expect(rankTwins(base, many)).toHaveLength(5);
  });
});
