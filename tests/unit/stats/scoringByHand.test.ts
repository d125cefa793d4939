// Points worked out by hand from the 考核办法 on a small township, so the scoring rules are pinned by arithmetic a
// person can check, not only by three implementations agreeing with each other.
// Default method: lead submitted 1, accepted +2; 国家级 30, 省级 15, 市级 8, 县级 4, 自有平台 1, 新媒体 1; 通讯 +2,
// 人物通讯 +3 once per article (dated by its first publication); ≥ 1500 characters +2.
import { referenceRanking, scoreEvents } from '../../../cloudfunctions/core/stats/scoring';
import { defaultRule, ruleVersions, type AssessmentRule } from '../../../cloudfunctions/core/stats/rule';
import type { StatsWorld, WorldLead } from '../../../cloudfunctions/core/stats/world';
import { LONG_AGO } from '../../support/unitHistory';

const T = 't1';
const LEAD_DAY = '2025-03-01T02:00:00.000Z'; // 10:00 in Shanghai

function lead(id: string, authorId: string, unitId: string, status: WorldLead['status']): WorldLead {
  const none = { firstDecisionAt: null, highlightSection: null };
  return { id, title: id, unitId, authorId, status, category: '其他', createdAt: LEAD_DAY, ...none };
}

const world: StatsWorld = {
  units: [
    { id: 'u1', name: '东村', position: 0, platforms: ['douyin'], ...LONG_AGO },
    { id: 'u2', name: '西村', position: 1, platforms: [], ...LONG_AGO },
  ],
  accounts: [
    { id: 'r1', name: '甲', role: 'reporter', unitId: 'u1' },
    { id: 'r2', name: '乙', role: 'reporter', unitId: 'u2' },
    { id: 'r3', name: '丙', role: 'reporter', unitId: 'u1' },
    { id: 'e1', name: '编辑', role: 'editor', unitId: null },
  ],
  leads: [lead('L1', 'r1', 'u1', 'accepted'), lead('L2', 'r1', 'u1', 'submitted'), lead('L3', 'r2', 'u2', 'used')],
  articles: [
    // 通讯, short, co-credited 甲 + 乙, published three times: 新媒体, then 县级, then 省级.
    { id: 'A1', title: '通讯', kind: 'feature', bodyLength: 800, credits: ['r1', 'r2'], leadIds: [], createdAt: '' },
    // 人物通讯, long, co-credited 丙 (first) + 甲, published once at 市级.
    { id: 'A2', title: '人物', kind: 'profile', bodyLength: 1600, credits: ['r3', 'r1'], leadIds: [], createdAt: '' },
  ],
  publications: [
    { id: 'P1', articleId: 'A1', outlet: '镇公众号', level: 'newmedia', publishedAt: '2025-03-05' },
    { id: 'P2', articleId: 'A1', outlet: '县报', level: 'county', publishedAt: '2025-03-10' },
    { id: 'P3', articleId: 'A1', outlet: '省报', level: 'provincial', publishedAt: '2025-03-20' },
    { id: 'P4', articleId: 'A2', outlet: '市报', level: 'municipal', publishedAt: '2025-04-02' },
  ],
  activities: [],
  workTasks: [],
  platformMonths: [],
};

const DEFAULT = ruleVersions(T, []);
const version = (changes: Partial<AssessmentRule>) =>
  ruleVersions(T, [{ ...defaultRule(T), id: 'v', effectiveFrom: '2025-01-01', ...changes }]);

function points(rules: AssessmentRule[], from: string, to: string, by: 'reporter' | 'unit' = 'reporter') {
  return Object.fromEntries(referenceRanking(world, rules, from, to, by).map((r) => [r.id, r.points]));
}

describe('scoring worked by hand', () => {
  it('default method (highest level only, equal split): 甲 19, 乙 11.5, 丙 6.5; 东村 25.5, 西村 11.5', () => {
    // 甲: leads 1+2 and 1 = 4; A1 省级 15/2 = 7.5 and 通讯 2/2 = 1; A2 (8 + 3 + 2)/2 = 6.5 → 19.
    // 乙: lead 1+2 = 3; A1 7.5 + 1 → 11.5.  丙: A2 6.5.
    expect(points(DEFAULT, '2025-01-01', '2025-12-31')).toEqual({ r1: 19, r2: 11.5, r3: 6.5 });
    expect(points(DEFAULT, '2025-01-01', '2025-12-31', 'unit')).toEqual({ u1: 25.5, u2: 11.5 });
    const rows = referenceRanking(world, DEFAULT, '2025-01-01', '2025-12-31', 'reporter');
    expect(rows.map((r) => r.name)).toEqual(['甲', '乙', '丙']);
    expect(rows[0]).toMatchObject({ leadsSubmitted: 2, leadsAccepted: 1, articles: 2 });
    expect(rows[0]!.publications).toMatchObject({ provincial: 1, municipal: 1, county: 0, newmedia: 0 });
  });

  it('highest level only: one score per article, at its top level and date; its first date carries the bonus', () => {
    const a1 = scoreEvents(world, DEFAULT, '2025-01-01', '2025-12-31').filter((e) => e.articleId === 'A1');
    expect(a1.filter((e) => e.kind === 'publication').map((e) => [e.accountId, e.publicationId, e.points])).toEqual([
      ['r1', 'P3', 7.5],
      ['r2', 'P3', 7.5],
    ]);
    expect(a1.filter((e) => e.kind === 'kind_bonus').map((e) => [e.accountId, e.date, e.points])).toEqual([
      ['r1', '2025-03-05', 1],
      ['r2', '2025-03-05', 1],
    ]);
    // Early March holds the leads and A1's bonus; A1's 省级 points belong to the 20th, A2 to April.
    expect(points(DEFAULT, '2025-03-01', '2025-03-15')).toEqual({ r1: 5, r2: 4, r3: 0 });
    expect(points(DEFAULT, '2025-03-16', '2025-12-31')).toEqual({ r1: 14, r2: 7.5, r3: 6.5 });
  });

  it('every publication counting with first credit: 甲 26, 乙 3, 丙 13', () => {
    // A1 all to 甲: 1 + 4 + 15 + 2 = 22, plus leads 4 → 26.  乙: only the lead, 3.  A2 all to 丙: 8 + 3 + 2 = 13.
    expect(points(version({ levelCounting: 'every', creditSplit: 'first' }), '2025-01-01', '2025-12-31')).toEqual({
      r1: 26,
      r2: 3,
      r3: 13,
    });
  });

  it('full credit gives every credited reporter the whole article', () => {
    // 甲: 4 + A1 (15 + 2) + A2 (8 + 3 + 2) = 34; 乙: 3 + 17 = 20; 丙: 13.
    expect(points(version({ creditSplit: 'full' }), '2025-01-01', '2025-12-31')).toEqual({ r1: 34, r2: 20, r3: 13 });
  });

  it('an article credited to nobody scores nothing and a reporter with nothing still has a row at 0', () => {
    const bare: StatsWorld = {
      ...world,
      leads: [],
      articles: [{ ...world.articles[0]!, credits: [] }],
      publications: world.publications.slice(0, 3),
    };
    const rows = referenceRanking(bare, DEFAULT, '2025-01-01', '2025-12-31', 'reporter');
    expect(Object.fromEntries(rows.map((r) => [r.id, r.points]))).toEqual({ r1: 0, r2: 0, r3: 0 });
  });
});
