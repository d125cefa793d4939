// The township's words: roles, lead statuses, decisions, categories, article kinds and media levels.

/**
 * A closed set of values and each one's Chinese label, written once as the label table: the values are its keys in
 * the order written (what z.enum, tables and charts list), the labels what screens and documents show.
 */
function vocabulary<const Labels extends Record<string, string>>(labels: Labels) {
  // Written out rather than named: a local alias's name would stand for the values in docs/api.md.
  const values = Object.freeze(Object.keys(labels)) as readonly [keyof Labels & string, ...(keyof Labels & string)[]];
  return [values, labels as Readonly<Record<keyof Labels & string, string>>] as const;
}

export const [ROLES, ROLE_LABELS] = vocabulary({ reporter: '通讯员', editor: '宣传干事', admin: '管理员' });
export type Role = (typeof ROLES)[number];

export const [LEAD_STATUSES, LEAD_STATUS_LABELS] = vocabulary({
  submitted: '待审核',
  accepted: '已采用',
  needs_info: '待补充',
  rejected: '未采用',
  merged: '已合并',
  used: '已成稿',
});
export type LeadStatus = (typeof LEAD_STATUSES)[number];

export const [DECISIONS, DECISION_LABELS] = vocabulary({
  accept: '采用',
  needs_info: '请补充信息',
  reject: '不采用',
  merge: '合并为重复线索',
});
export type Decision = (typeof DECISIONS)[number];

export const DEFAULT_CATEGORIES = [
  '党建引领',
  '理论学习',
  '思想教育',
  '安全生产',
  '项目建设',
  '乡村振兴',
  '产业发展',
  '民生服务',
  '先进典型',
  '文明实践',
  '文化活动',
  '其他',
] as const;

export const [ARTICLE_KINDS, ARTICLE_KIND_LABELS] = vocabulary({
  news: '消息',
  feature: '通讯',
  profile: '人物通讯',
  photo: '图片新闻',
  commentary: '评论',
});
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

export const [PUBLICATION_LEVELS, PUBLICATION_LEVEL_LABELS] = vocabulary({
  national: '国家级',
  provincial: '省级',
  municipal: '市级',
  county: '县级',
  own: '自有平台',
  newmedia: '新媒体',
});
export type PublicationLevel = (typeof PUBLICATION_LEVELS)[number];

export const [UNIT_KINDS, UNIT_KIND_LABELS] = vocabulary({
  village: '村',
  community: '社区',
  enterprise: '企业',
  site: '项目工地',
  department: '机关站所',
});
export type UnitKind = (typeof UNIT_KINDS)[number];

export const [PLATFORM_KINDS, PLATFORM_LABELS] = vocabulary({
  wechat_official: '公众号',
  douyin: '抖音',
  channels: '视频号',
  other: '其他',
});
export type PlatformKind = (typeof PLATFORM_KINDS)[number];

/**
 * Kinds of the activity ledger (宣传活动台账) a township starts with, in the order the summary lists them; each
 * township edits its own list in 镇设置 (`activityKinds`), always keeping TRAINING_KIND.
 */
export const ACTIVITY_KINDS = [
  '理论学习/研讨',
  '宣讲',
  '警示教育/实践学习',
  '思想教育',
  '业务培训',
  '文化活动',
  '其他',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
/** The kind trainings (trainings.save/list, the summary's 培训场次) are. */
export const TRAINING_KIND: ActivityKind = '业务培训';
/** A township's activity kinds: its own list, or the defaults when it was saved before the setting existed. */
export const activityKindsOf = (township: { activityKinds?: string[] } | null | undefined): string[] =>
  township?.activityKinds ?? [...ACTIVITY_KINDS];

/** Status of a key task of the year's work plan (工作要点). */
export const [WORK_STATUSES, WORK_STATUS_LABELS] = vocabulary({ pending: '未开始', ongoing: '推进中', done: '已完成' });
export type WorkStatus = (typeof WORK_STATUSES)[number];

export const MAX_PHOTOS = 9;
export const TITLE_MAX = 40;
export const BODY_MAX = 2000;
export const PLACE_MAX = 100;
/** A search box's words (queue, articles, lead picker). */
export const SEARCH_MAX = 40;

export const DEFAULT_AGING_HOURS = { amber: 24, red: 72 } as const;
export const DEFAULT_HIGHLIGHT_SECTIONS = ['理论武装', '思想教育', '对外宣传', '队伍建设'] as const;
/** What a new township starts with; each township may change its own. */
/** Days a rejected or merged lead keeps its text and photos after the decision (镇设置 `retentionDays`). */
export const DEFAULT_RETENTION_DAYS = 180;

export const defaultTownshipSettings = () => ({
  agingHours: { ...DEFAULT_AGING_HOURS },
  highlightSections: [...DEFAULT_HIGHLIGHT_SECTIONS] as string[],
  moderationWords: [] as string[],
  activityKinds: [...ACTIVITY_KINDS] as string[],
  retentionDays: DEFAULT_RETENTION_DAYS,
});
