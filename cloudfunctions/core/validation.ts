// Turns schema issues into one Chinese sentence a person can act on, plus the list for forms.
import type * as z from 'zod/mini';
import { invalid, type AppError } from './errors';
import { PLATFORM_KINDS, PLATFORM_LABELS } from './vocabulary';

export const FIELD_LABELS: Record<string, string> = {
  action: '操作',
  clientId: '草稿编号',
  id: '编号',
  title: '标题',
  body: '内容',
  category: '类别',
  occurredAt: '发生时间',
  place: '地点',
  photos: '照片',
  urgent: '紧急标记',
  decision: '处理意见',
  note: '原因说明',
  mergeInto: '合并目标',
  text: '回复内容',
  cursor: '翻页位置',
  limit: '每页条数',
  status: '状态',
  unitId: '单位',
  role: '角色',
  code: '邀请码',
  name: '姓名',
  phone: '手机号',
  username: '用户名',
  password: '密码',
  oldPassword: '原密码',
  newPassword: '新密码',
  expiresInDays: '有效天数',
  uses: '可用次数',
  agingHours: '超时提醒',
  amber: '黄色提醒小时数',
  red: '红色提醒小时数',
  highlightSections: '亮点栏目',
  categories: '类别',
  issuer: '发文机关',
  signedOn: '成文日期',
  sections: '总结各部分',
  heading: '部分标题',
  regenerate: '重新生成的部分',
  baseSavedAt: '载入时的保存时间',
  moderationWords: '审核词',
  activityKinds: '活动类型',
  retentionDays: '保存期限',
  moderation: '内容审核',
  photo: '照片',
  section: '亮点栏目',
  highlighted: '亮点标记',
  ids: '线索',
  from: '开始日期',
  to: '结束日期',
  q: '搜索词',
  kind: '体裁',
  leadIds: '引用的线索',
  credits: '署名',
  articleId: '稿件',
  publicationId: '刊发记录',
  outlet: '媒体名称',
  level: '刊发级别',
  publishedAt: '刊发日期',
  url: '链接',
  proofFileID: '刊发截图',
  active: '启用状态',
  platforms: '宣传平台',
  platformSince: '平台开通日期',
  // Keys of platformSince: a bad day names its platform.
  ...Object.fromEntries(PLATFORM_KINDS.map((p) => [p, `${PLATFORM_LABELS[p]}开通日期`])),
  unpublishedHighlightsOlderThanDays: '亮点未刊发天数',
};

type Issue = z.core.$ZodIssue;

function labelOf(path: PropertyKey[]): string {
  const field = [...path].reverse().find((p) => typeof p === 'string');
  return (field && FIELD_LABELS[field as string]) || (field as string) || '请求内容';
}

const CHINESE = /[\u4e00-\u9fff]/;

export function describeIssue(issue: Issue): string {
  // A message written for the schema (always Chinese) wins over the generic sentence.
  if (CHINESE.test(issue.message)) return issue.message;
  const label = labelOf(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `请填写${label}` : `${label}的格式不正确`;
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? `${label}不能为空` : `${label}至少${issue.minimum}个字`;
      if (issue.origin === 'array') return `${label}至少需要${issue.minimum}项`;
      return `${label}不能小于${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `${label}不能超过${issue.maximum}个字`;
      if (issue.origin === 'array') return `${label}最多${issue.maximum}${label === '照片' ? '张' : '项'}`;
      return `${label}不能大于${issue.maximum}`;
    case 'invalid_format':
      return `${label}的格式不正确`;
    case 'invalid_value':
      return `${label}不在可选范围内`;
    case 'unrecognized_keys':
      return `请求里有无法识别的字段：${issue.keys.join('、')}`;
    default:
      return `${label}填写有误`;
  }
}

export interface FieldProblem {
  path: string;
  message: string;
}

export function fieldProblems(error: z.core.$ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: describeIssue(issue) }));
}

export function toInvalidArgument(error: z.core.$ZodError): AppError {
  const problems = fieldProblems(error);
  return invalid(problems[0]?.message ?? '请求内容有误', { issues: problems });
}

/** Parse with a schema or throw INVALID_ARGUMENT carrying Chinese messages. */
export function parseOrThrow<S extends z.ZodMiniType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw toInvalidArgument(result.error);
  return result.data;
}
