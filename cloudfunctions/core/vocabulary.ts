// The township's words: roles, lead statuses, decisions, categories, article kinds and media levels.

export const ROLES = ['reporter', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = { reporter: '通讯员', editor: '宣传干事', admin: '管理员' };

export const LEAD_STATUSES = ['submitted', 'accepted', 'needs_info', 'rejected', 'merged', 'used'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];
export const LEAD_STATUS_LABELS: Record<LeadStatus, string> = {
  submitted: '待审核',
  accepted: '已采用',
  needs_info: '待补充',
  rejected: '未采用',
  merged: '已合并',
  used: '已成稿',
};

export const DECISIONS = ['accept', 'needs_info', 'reject', 'merge'] as const;
export type Decision = (typeof DECISIONS)[number];
export const DECISION_LABELS: Record<Decision, string> = {
  accept: '采用',
  needs_info: '请补充信息',
  reject: '不采用',
  merge: '合并为重复线索',
};

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

export const ARTICLE_KINDS = ['news', 'feature', 'profile', 'photo', 'commentary'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];
export const ARTICLE_KIND_LABELS: Record<ArticleKind, string> = {
  news: '消息',
  feature: '通讯',
  profile: '人物通讯',
  photo: '图片新闻',
  commentary: '评论',
};

export const PUBLICATION_LEVELS = ['national', 'provincial', 'municipal', 'county', 'own', 'newmedia'] as const;
export type PublicationLevel = (typeof PUBLICATION_LEVELS)[number];
export const PUBLICATION_LEVEL_LABELS: Record<PublicationLevel, string> = {
  national: '国家级',
  provincial: '省级',
  municipal: '市级',
  county: '县级',
  own: '自有平台',
  newmedia: '新媒体',
};

export const UNIT_KINDS = ['village', 'community', 'enterprise', 'site', 'department'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  village: '村',
  community: '社区',
  enterprise: '企业',
  site: '项目工地',
  department: '机关站所',
};

export const PLATFORM_KINDS = ['wechat_official', 'douyin', 'channels', 'other'] as const;
export type PlatformKind = (typeof PLATFORM_KINDS)[number];
export const PLATFORM_LABELS: Record<PlatformKind, string> = {
  wechat_official: '公众号',
  douyin: '抖音',
  channels: '视频号',
  other: '其他',
};

export const MAX_PHOTOS = 9;
export const TITLE_MAX = 40;
export const BODY_MAX = 2000;
export const PLACE_MAX = 100;

export const DEFAULT_AGING_HOURS = { amber: 24, red: 72 } as const;
export const DEFAULT_HIGHLIGHT_SECTIONS = ['理论武装', '思想教育', '对外宣传', '队伍建设'] as const;
/** What a new township starts with; each township may change its own. */
/** Days a rejected or merged lead keeps its text and photos after the decision (镇设置 `retentionDays`). */
export const DEFAULT_RETENTION_DAYS = 180;

export const defaultTownshipSettings = () => ({
  agingHours: { ...DEFAULT_AGING_HOURS },
  highlightSections: [...DEFAULT_HIGHLIGHT_SECTIONS] as string[],
  moderationWords: [] as string[],
  retentionDays: DEFAULT_RETENTION_DAYS,
});
