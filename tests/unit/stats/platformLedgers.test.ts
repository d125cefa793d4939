// The 单位及宣传平台 and 新媒体 ledger sheets name the platforms a unit runs and those it stopped, each with its days.
import { platformsTable } from '../../../cloudfunctions/core/stats/ledgerTables';
import { reachTable } from '../../../cloudfunctions/core/reach/ledger';
import type { UnitRecord } from '../../../cloudfunctions/core/accounts/records';
import { LONG_AGO } from '../../support/unitHistory';

const unit = (over: Partial<UnitRecord>): UnitRecord => ({
  id: 'u1',
  townshipId: 't1',
  name: '青石村',
  kind: 'village',
  platforms: [],
  ...LONG_AGO,
  ...over,
});

it('names each running platform with its first day and each stopped one with its first and last', () => {
  const [row] = platformsTable([
    unit({
      platforms: ['wechat_official'],
      platformSince: { wechat_official: '2026-01-05' },
      platformRuns: [{ platform: 'douyin', since: '2026-04-20', until: '2026-06-15' }],
    }),
  ]).rows;
  expect(row?.[3]).toBe('公众号（2026年1月5日）、抖音（2026年4月20日—2026年6月15日，已停用）');
});

it('says 无 for a unit that never ran a platform', () => {
  expect(platformsTable([unit({})]).rows[0]?.[3]).toBe('无');
});

it('the 新媒体 sheet has blank rows for a stopped platform up to the month it stopped', () => {
  const stopped = unit({ platformRuns: [{ platform: 'douyin', since: '2025-06-01', until: '2026-02-10' }] });
  const rows = reachTable([stopped], [], '2026-01-01', '2026-03-31').rows.filter((r) => r.length === 5);
  expect(rows).toEqual([
    ['青石村', '抖音', '2026-01', '', ''],
    ['青石村', '抖音', '2026-02', '', ''],
  ]);
});
