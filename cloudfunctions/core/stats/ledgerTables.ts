// The ledger sheets that reconcile with the summary's text, built from the export's content alone (both exporters,
// SQLite and WeChat, write them as they are): 汇总 with every figure the text states, trainings, activities, the work
// plan, units and their platforms, and the note each sheet carries on how it counts.
import type { UnitRecord } from '../accounts/records';
import { DELETED_UNIT } from '../accounts/units';
import type { ActivityRecord } from '../activities/records';
import type { WorkTaskRecord } from '../workplan/records';
import {
  ARTICLE_KINDS,
  ARTICLE_KIND_LABELS,
  PLATFORM_LABELS,
  PUBLICATION_LEVELS,
  TRAINING_KIND,
  UNIT_KIND_LABELS,
  WORK_STATUS_LABELS,
  type PlatformKind,
} from '../vocabulary';
import type { SummaryFigures } from './figures';
import { shanghaiDate } from './period';
import { externalTotal, LEVEL_PHRASES } from './text';
import { chineseDate, STORY_UNIT } from './wording';

export interface LedgerTable {
  name: string;
  columns: [header: string, width: number][];
  rows: (string | number)[][];
}

export const LEDGER_SHEETS = {
  summary: '汇总',
  leads: '线索台账',
  articles: '稿件及刊发台账',
  reporters: '通讯员积分',
  units: '单位积分',
  trainings: '培训台账',
  activities: '宣传活动',
  workPlan: '工作要点',
  platforms: '单位及宣传平台',
  reach: '新媒体',
} as const;

/** How each sheet counts, written as its last row, so a reader reconciles the sheets with the text. */
export const LEDGER_NOTES: Record<keyof typeof LEDGER_SHEETS, string> = {
  summary:
    '说明：本表数字与总结正文、统计页一致；刊用按每条刊发记录计1篇次，县级及以上为对外宣传，自有平台与新媒体另计。',
  leads: '说明：期内报送的每条线索一行，状态为导出时的状态。',
  articles:
    '说明：先列期内每条刊发记录（一稿多发计多篇次），再列期内撰写、期末前尚未刊发的稿件（期后刊发的注明日期）。',
  reporters:
    '说明：积分按考核办法计算；同一稿件多级刊发只计最高级别一次，由署名通讯员按考核办法分摊，故与刊发篇次不同。',
  units: '说明：单位积分为本单位通讯员积分之和，计法同通讯员积分。',
  trainings: '说明：期内举办的每场培训一行，参训人数为该场的参训人数；汇总表的参训通讯员按人计，参加多场只计一次。',
  activities:
    '说明：期内举办的每场活动一行（含业务培训），按日期排列；汇总表各类活动的场次、参加人次、批次为本表按类型的行数与合计。',
  workPlan:
    '说明：统计区间所涉年度的全部重点任务，状态及进展为导出时的状态；汇总表的重点任务数为本表行数，已完成数为状态为已完成的行数。',
  platforms:
    '说明：单位及其宣传平台为导出时的状态，括号内为平台开通日期，停用过的平台另列其起止日期；' +
    '统计只计入期内存在的单位和期内运行过的平台；' +
    '没有宣传平台的单位在总结“问题不足”中列出。',
  reach:
    '说明：每个账号每月一行，空白为未填报；粉丝数为月末数，阅读（播放）量为当月数。本表可填写后由管理员导入（导入Excel）。',
};

const hours = (h: number | null) => (h === null ? '暂无' : h);

/** Every figure of the text, with the unit it is stated in; 项目 names are stable for tests and readers. */
export function summaryRows(f: SummaryFigures): [item: string, value: number | string, unit: string][] {
  const external = externalTotal(f);
  return [
    ['报送线索', f.leadsSubmitted, '条'],
    ['采用线索', f.leadsAccepted, '条'],
    ['采用率', f.adoptionRate === null ? '暂无' : f.adoptionRate, '%'],
    ['报送线索的通讯员', f.activeReporters, '人'],
    ['县级及以上媒体刊发', external, STORY_UNIT],
    ...PUBLICATION_LEVELS.map((l): [string, number, string] => [
      LEVEL_PHRASES[l],
      f.publicationsByLevel[l],
      STORY_UNIT,
    ]),
    ['刊用合计', f.publicationsTotal, STORY_UNIT],
    ['新撰写稿件', f.articlesTotal, STORY_UNIT],
    ...ARTICLE_KINDS.map((k): [string, number, string] => [ARTICLE_KIND_LABELS[k], f.articlesByKind[k], STORY_UNIT]),
    ['业务培训', f.trainings, '场次'],
    ['参训通讯员', f.trainingAttendees, '人'],
    ...Object.entries(f.activitiesByKind).flatMap(([kind, k]): [string, number, string][] => [
      [`${kind}活动`, k.count, '场次'],
      [`${kind}参加`, k.participants, '人次'],
      [`${kind}批次`, k.batches, '批'],
    ]),
    ['年度重点任务', f.workPlan.tasks, '项'],
    ['已完成重点任务', f.workPlan.done, '项'],
    ['宣传平台账号', f.newMedia.accounts, '个'],
    ['期末粉丝', f.newMedia.followers, '人'],
    ['期内阅读（播放）', f.newMedia.reads, '次'],
    ['新媒体账号停更的单位', f.newMedia.silentUnits.length, '个'],
    ['报送到首次审核中位用时', hours(f.medianHoursToDecision), '小时'],
    ['报送到首次刊发中位用时', hours(f.medianHoursToFirstPublication), '小时'],
    ['报送后三天内见报的线索', f.hoursToFirstPublicationBuckets.le1d + f.hoursToFirstPublicationBuckets.le3d, '条'],
    ['尚未建立宣传平台的单位', f.unitsWithoutPlatform.count, '个'],
    ['期内未报送线索的单位', f.unitsWithoutLeads.count, '个'],
  ];
}

export function summaryTable(f: SummaryFigures): LedgerTable {
  return {
    name: LEDGER_SHEETS.summary,
    columns: [
      ['项目', 28],
      ['数值', 12],
      ['单位', 8],
    ],
    rows: [...summaryRows(f), [], [LEDGER_NOTES.summary]],
  };
}

/** The 培训台账: the period's activities of kind 业务培训, by date. */
export function trainingsTable(activities: ActivityRecord[]): LedgerTable {
  const rows = activities
    .filter((a) => a.kind === TRAINING_KIND)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((t, i) => [i + 1, t.date, t.title, t.speaker, t.participants]);
  return {
    name: LEDGER_SHEETS.trainings,
    columns: [
      ['序号', 8],
      ['日期', 12],
      ['主题', 36],
      ['授课人', 14],
      ['参训人数', 10],
    ],
    rows: [...rows, [], [LEDGER_NOTES.trainings]],
  };
}

export function platformsTable(units: UnitRecord[]): LedgerTable {
  const since = (u: UnitRecord, p: PlatformKind) => chineseDate(u.platformSince[p] ?? shanghaiDate(u.createdAt));
  const platformsOf = (u: UnitRecord) => [
    ...u.platforms.map((p) => `${PLATFORM_LABELS[p]}（${since(u, p)}）`),
    ...u.platformRuns.map(
      (r) => `${PLATFORM_LABELS[r.platform]}（${chineseDate(r.since)}—${chineseDate(r.until)}，已停用）`,
    ),
  ];
  const rows = units.map((u, i) => [
    i + 1,
    u.name,
    UNIT_KIND_LABELS[u.kind],
    platformsOf(u).join('、') || '无',
    chineseDate(shanghaiDate(u.createdAt)),
    u.deactivatedAt ? chineseDate(shanghaiDate(u.deactivatedAt)) : '',
  ]);
  return {
    name: LEDGER_SHEETS.platforms,
    columns: [
      ['序号', 8],
      ['单位', 20],
      ['类型', 10],
      ['宣传平台', 40],
      ['建立日期', 16],
      ['停用日期', 16],
    ],
    rows: [...rows, [], [LEDGER_NOTES.platforms]],
  };
}

/** A unit's name by id, for rows that name the organising or owner unit; blank for the township's office. */
const unitNames = (units: UnitRecord[]) => {
  const names = new Map(units.map((u) => [u.id, u.name]));
  return (id: string | null) => (id === null ? '' : (names.get(id) ?? DELETED_UNIT));
};

export function activitiesTable(activities: ActivityRecord[], units: UnitRecord[]): LedgerTable {
  const unitOf = unitNames(units);
  const rows = [...activities]
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((a, i) => [
      i + 1,
      a.date,
      a.title,
      a.kind,
      a.section ?? '',
      unitOf(a.unitId),
      a.participants,
      a.batches,
      a.note,
    ]);
  return {
    name: LEDGER_SHEETS.activities,
    columns: [
      ['序号', 8],
      ['日期', 12],
      ['活动名称', 36],
      ['类型', 16],
      ['亮点栏目', 12],
      ['组织单位', 16],
      ['参加人数', 10],
      ['批次', 8],
      ['备注', 36],
    ],
    rows: [...rows, [], [LEDGER_NOTES.activities]],
  };
}

export function workPlanTable(tasks: WorkTaskRecord[], units: UnitRecord[]): LedgerTable {
  const unitOf = unitNames(units);
  const rows = [...tasks]
    .sort(
      (a, b) =>
        a.year - b.year || a.dueMonth - b.dueMonth || a.title.localeCompare(b.title) || a.id.localeCompare(b.id),
    )
    .map((t, i) => [
      i + 1,
      t.title,
      unitOf(t.ownerUnitId) || '镇宣传办',
      `${t.year}年${t.dueMonth}月`,
      WORK_STATUS_LABELS[t.status],
      t.note,
      t.noteDate,
    ]);
  return {
    name: LEDGER_SHEETS.workPlan,
    columns: [
      ['序号', 8],
      ['重点任务', 40],
      ['责任单位', 16],
      ['完成时限', 12],
      ['状态', 10],
      ['最新进展', 36],
      ['进展日期', 12],
    ],
    rows: [...rows, [], [LEDGER_NOTES.workPlan]],
  };
}
