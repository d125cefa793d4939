// The drafted 一、工作完成情况 fills the seed's XX from the records: each figure in the part it belongs to, and the
// unfinished work plan among the problems.
import { draftDocument } from '../../../cloudfunctions/core/stats/drafting';
import { referenceFigures } from '../../../cloudfunctions/core/stats/referenceFigures';
import type { StatsWorld } from '../../../cloudfunctions/core/stats/world';
import type { Alerts } from '../../../cloudfunctions/core/stats/ranking';
import { LONG_AGO } from '../../support/unitHistory';

const activity = (id: string, kind: string, participants: number, batches = 1, attendeeIds: string[] = []) => ({
  id,
  date: '2026-04-01',
  kind,
  participants,
  batches,
  attendeeIds,
});
const WORLD: StatsWorld = {
  units: [{ id: 'u1', name: '青石村', position: 0, platforms: ['wechat_official', 'douyin'], ...LONG_AGO }],
  accounts: [
    { id: 'a1', name: '甲', role: 'reporter', unitId: 'u1' },
    { id: 'a2', name: '乙', role: 'reporter', unitId: 'u1' },
  ],
  leads: [],
  articles: [],
  publications: [],
  activities: [
    activity('s', '理论学习/研讨', 42),
    activity('v', '警示教育/实践学习', 128, 4),
    activity('f', '思想教育', 86),
    activity('t', '业务培训', 2, 1, ['a1', 'a2']),
  ],
  workTasks: Array.from({ length: 12 }, (_, i) => ({
    id: `w${i}`,
    year: 2026,
    status: i < 9 ? ('done' as const) : ('ongoing' as const),
  })),
  platformMonths: [
    { unitId: 'u1', platform: 'wechat_official', month: '2026-11', followers: 3200, reads: 41000 },
    { unitId: 'u1', platform: 'douyin', month: '2026-12', followers: 5100, reads: 230000 },
  ],
};

const NO_ALERTS = { silentDays: 30, silenceWindow: null, silentUnits: [], belowMinimum: [], withoutPlatform: [] };
const draft = (world: StatsWorld, alerts: Alerts = NO_ALERTS) =>
  draftDocument({
    townshipName: '示范镇',
    issuer: '',
    from: '2026-01-01',
    to: '2026-12-31',
    sections: ['理论武装', '思想教育', '对外宣传', '队伍建设'],
    figures: referenceFigures(world, '2026-01-01', '2026-12-31'),
    highlights: [],
    alerts,
  });
const section = (key: string, world = WORLD) => draft(world).sections.find((s) => s.key === key)!.text;

it('fills 领导干部XX人, 分XX批, the staff watching a film, XX项重点任务, trainings and reach in their parts', () => {
  const parts = section('done').split('\n');
  const part = (heading: string) => parts.find((p) => p.includes(heading)) ?? '';
  expect(part('理论武装')).toContain('组织党员领导干部42人次开展专题学习研讨1场');
  expect(part('理论武装')).toContain('分4批组织党员干部128人次赴教育基地开展警示教育和实践学习1次');
  expect(part('思想教育')).toContain('开展思想教育活动1场，职工群众参加86人次');
  expect(part('对外宣传')).toContain(
    '全镇各单位共运营公众号、抖音等宣传平台账号2个，期末粉丝8300人，期内阅读（播放）271000次',
  );
  expect(part('队伍建设')).toContain('明确了12项重点任务，已完成9项');
  expect(part('队伍建设')).toContain('业务培训1场次，参训通讯员2人');
});

it('names the unfinished key tasks among the problems, and says nothing of a plan all done', () => {
  expect(section('problems')).toContain('12项重点任务中，还有3项尚未完成');
  const allDone = { ...WORLD, workTasks: WORLD.workTasks.map((t) => ({ ...t, status: 'done' as const })) };
  expect(section('problems', allDone)).not.toContain('重点任务');
});

it('says a unit that went 30 days without a lead was uneven, apart from the units that sent too few', () => {
  const silent = { id: 'u9', name: '柳塘村', lastLeadAt: null, longestSilentDays: 45, silentFrom: '2026-03-01' };
  const alerts: Alerts = {
    ...NO_ALERTS,
    silenceWindow: { from: '2026-01-01', to: '2026-12-31' },
    silentUnits: [{ ...silent, silentTo: '2026-04-14' }],
  };
  const problems = draft(WORLD, alerts).sections.find((s) => s.key === 'problems')!.text;
  // 青石村 sent nothing in the year; 柳塘村 sent leads but went quiet for a stretch.
  expect(problems).toContain('青石村1个单位报送线索偏少；柳塘村1个单位期间曾连续30天以上未报送线索');
});

it('names the units whose accounts went silent in the period’s last months among the problems', () => {
  const units = [
    ...WORLD.units,
    { id: 'u2', name: '柳塘村', position: 1, platforms: ['douyin' as const], ...LONG_AGO },
    { id: 'u3', name: '桃源村', position: 2, platforms: [], ...LONG_AGO },
  ];
  const zeroReads = { unitId: 'u2', platform: 'douyin' as const, month: '2026-12', followers: 90, reads: 0 };
  const world = { ...WORLD, units, platformMonths: [...WORLD.platformMonths, zeroReads] };
  expect(section('problems', world)).toContain(
    '新媒体平台的日常运营还不够经常。柳塘村1个单位的新媒体账号近三个月没有阅读（播放）量，处于停更状态',
  );
  // 青石村 was read in November and December; a unit without accounts is named under platforms, not here.
  expect(section('problems', world)).not.toMatch(/青石村[^。]*没有阅读/);
  expect(section('problems', world)).not.toContain('桃源村1个单位的新媒体账号');
  expect(section('problems')).not.toContain('新媒体账号');
});

it('says 期末当月 for a one-month period', () => {
  const june = { ...WORLD, platformMonths: [] };
  const text = draftDocument({
    townshipName: '示范镇',
    issuer: '',
    from: '2026-06-01',
    to: '2026-06-30',
    sections: [],
    figures: referenceFigures(june, '2026-06-01', '2026-06-30'),
    highlights: [],
    alerts: NO_ALERTS,
  }).sections.find((s) => s.key === 'problems')!.text;
  expect(text).toContain('青石村1个单位的新媒体账号期末当月没有阅读（播放）量');
});

it('says once per part which named stories wait for publication, not after every story', () => {
  const story = (id: string, publishedIn?: string) => ({
    id,
    title: `青石村故事${id}`,
    unitName: '青石村',
    ...(publishedIn ? { publishedIn } : {}),
  });
  const text = (leads: ReturnType<typeof story>[]) =>
    draftDocument({
      townshipName: '示范镇',
      issuer: '',
      from: '2026-01-01',
      to: '2026-12-31',
      sections: ['对外宣传'],
      figures: referenceFigures(WORLD, '2026-01-01', '2026-12-31'),
      highlights: [{ section: '对外宣传', leads }],
      alerts: NO_ALERTS,
    }).sections.find((s) => s.key === 'done')!.text;

  const allWaiting = text([story('1'), story('2'), story('3')]);
  expect(allWaiting).toContain('一是青石村故事1，由青石村报送线索。二是');
  expect(allWaiting.match(/待刊发/g)).toHaveLength(1);
  expect(allWaiting).toContain('以上线索均已列入亮点素材，待刊发。');

  const mixed = text([story('1', '省级·浙江日报 2026-03-08'), story('2'), story('3')]);
  expect(mixed).toContain('其中2条已列入亮点素材，待刊发。');
  expect(text([story('1', '省级·浙江日报 2026-03-08')])).not.toContain('待刊发');
  expect(text([story('1')])).toContain('一是青石村故事1，由青石村报送线索。该线索已列入亮点素材，待刊发。');
});
