// The demo year's other records, so every XX of the summary's 工作完成情况 has something to count: the office's
// activities (a study seminar, 分批 visits to a 廉政教育基地, the staff watching a safety film, talks, culture), the
// year's work plan of twelve key tasks, and monthly followers and reads of the units' publicity accounts.
import type { ActivityRecord } from '../../../core/activities/records';
import type { PlatformMonthRecord } from '../../../core/reach/records';
import type { WorkTaskRecord } from '../../../core/workplan/records';
import type { WorkStatus } from '../../../core/vocabulary';
import { demoYear, pastSession } from './calendar';
import { DEMO_TOWNSHIP_ID, DEMO_UNITS, accountIdOf } from './people';

const EDITOR = accountIdOf('editor');

const ACTIVITIES = [
  {
    month: 1,
    day: 18,
    kind: '警示教育/实践学习',
    title: '赴市廉政教育基地重温入党誓词、开展反腐倡廉警示教育',
    section: '理论武装',
    unitId: null,
    participants: 126,
    batches: 3,
    speaker: '',
    note: '元旦春节前分3批组织',
  },
  {
    month: 3,
    day: 8,
    kind: '思想教育',
    title: '全体职工线上观看安全警示教育片《生命的红线》',
    section: '思想教育',
    unitId: null,
    participants: 86,
    batches: 1,
    speaker: '',
    note: '复工复产前安全教育',
  },
  {
    month: 4,
    day: 16,
    kind: '理论学习/研讨',
    title: '“打赢乡村振兴攻坚战，领导干部怎么干”专题研讨',
    section: '理论武装',
    unitId: null,
    participants: 38,
    batches: 1,
    speaker: '镇党委书记',
    note: '',
  },
  {
    month: 5,
    day: 20,
    kind: '宣讲',
    title: '党的创新理论“进村入户”微宣讲',
    section: '理论武装',
    unitId: 'u_qingshi',
    participants: 240,
    batches: 4,
    speaker: '镇宣讲团',
    note: '',
  },
  {
    month: 7,
    day: 1,
    kind: '理论学习/研讨',
    title: '“七一”专题党课暨读书征文分享会',
    section: '理论武装',
    unitId: null,
    participants: 64,
    batches: 1,
    speaker: '镇党委副书记',
    note: '',
  },
  {
    month: 9,
    day: 12,
    kind: '文化活动',
    title: '“丰收节”村晚暨农民文艺汇演',
    section: '思想教育',
    unitId: 'u_culture',
    participants: 600,
    batches: 1,
    speaker: '',
    note: '',
  },
  {
    month: 11,
    day: 6,
    kind: '警示教育/实践学习',
    title: '赴红色教育基地开展主题党日实践学习',
    section: '理论武装',
    unitId: 'u_hexi',
    participants: 45,
    batches: 2,
    speaker: '',
    note: '',
  },
] as const;

export function demoActivities(now: Date): ActivityRecord[] {
  return ACTIVITIES.map((a, i) => {
    const { at, date } = pastSession(now, a.month, a.day);
    return {
      ...a,
      id: `ac_demo_${i + 1}`,
      townshipId: DEMO_TOWNSHIP_ID,
      date,
      attendeeIds: [],
      photos: [],
      createdBy: EDITOR,
      createdAt: at,
      updatedAt: at,
    };
  });
}

const TASKS: [title: string, owner: string | null, dueMonth: number, status: WorkStatus, note: string][] = [
  ['制定并下发年度宣传思想工作要点', null, 2, 'done', '已印发各村（社区）'],
  ['党委理论学习中心组全年集中学习12次', null, 12, 'ongoing', '已完成10次'],
  ['开展党的创新理论“进村入户”微宣讲', 'u_qingshi', 6, 'done', '宣讲4批次'],
  ['组织党员干部赴廉政教育基地开展警示教育', null, 1, 'done', '分3批完成'],
  ['在省级媒体刊发重点稿件', null, 12, 'ongoing', ''],
  ['打造“乡讯”通讯员队伍，每村至少1名通讯员', null, 4, 'done', ''],
  ['举办通讯员业务培训不少于3场次', null, 10, 'done', ''],
  ['推动各村（社区）建立公众号或短视频账号', 'u_taoyuan', 9, 'ongoing', '桃源村账号注册中'],
  ['开展安全生产宣传月活动', 'u_road', 6, 'done', ''],
  ['举办“丰收节”村晚等群众文化活动', 'u_culture', 9, 'done', ''],
  ['编印《示范镇好人》先进典型事迹汇编', null, 11, 'pending', ''],
  ['制定宣传工作考核办法', null, 3, 'done', ''],
];

export function demoWorkPlan(now: Date): WorkTaskRecord[] {
  const year = Number(demoYear(now).to.slice(0, 4));
  const at = new Date(now.getTime() - 86_400_000).toISOString();
  return TASKS.map(([title, ownerUnitId, dueMonth, status, note], i) => ({
    id: `wt_demo_${i + 1}`,
    townshipId: DEMO_TOWNSHIP_ID,
    year,
    title,
    ownerUnitId,
    dueMonth,
    status,
    note,
    noteDate: at.slice(0, 10),
    createdBy: EDITOR,
    createdAt: at,
    updatedAt: at,
  }));
}

/** Followers grow a little every month; reads swing with the season. 桃源村 and the road project run nothing. */
export function demoPlatformMonths(now: Date): PlatformMonthRecord[] {
  const { months } = demoYear(now);
  const at = now.toISOString();
  return DEMO_UNITS.flatMap((u, ui) =>
    u.platforms.flatMap((platform, pi) =>
      months.map(({ year, month }, mi) => {
        const base = 800 + ui * 450 + pi * 300;
        return {
          townshipId: DEMO_TOWNSHIP_ID,
          unitId: u.id,
          platform,
          month: `${year}-${String(month).padStart(2, '0')}`,
          followers: base + mi * (40 + ui * 5),
          reads: (base * 6 + ((mi * 7 + ui * 3) % 5) * 900) * (platform === 'douyin' ? 4 : 1),
          enteredBy: accountIdOf('admin'),
          updatedAt: at,
        };
      }),
    ),
  );
}
