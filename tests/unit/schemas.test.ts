import { addPublicationSchema } from '../../cloudfunctions/core/articles/schemas';
import { bindSchema } from '../../cloudfunctions/core/accounts/schemas';
import {
  queueSchema,
  replyLeadSchema,
  reviewLeadSchema,
  submitLeadSchema,
} from '../../cloudfunctions/core/leads/schemas';
import { fieldProblems } from '../../cloudfunctions/core/validation';

const clientId = '7f1c6a5e-1b2c-4d3e-8f90-1234567890ab';
const lead = { clientId, title: '村里修好了便民桥', body: '今天上午便民桥通车。', category: '民生服务' };

function problems(schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, value: unknown) {
  const r = schema.safeParse(value);
  if (r.success) return [];
  return fieldProblems(r.error as never);
}

describe('lead payloads', () => {
  it('trims text and accepts a minimal lead', () => {
    const r = submitLeadSchema.safeParse({ ...lead, title: '  村里修好了便民桥  ' });
    expect(r.success && r.data.title).toBe('村里修好了便民桥');
  });

  it('explains each problem in Chinese, naming the field', () => {
    expect(problems(submitLeadSchema, { ...lead, title: '桥'.repeat(41) })).toEqual([
      { path: 'title', message: '标题不能超过40个字' },
    ]);
    expect(problems(submitLeadSchema, { ...lead, title: '   ' })[0]?.message).toBe('标题不能为空');
    expect(
      problems(submitLeadSchema, { ...lead, photos: Array.from({ length: 10 }, (_, i) => `f${i}`) })[0]?.message,
    ).toBe('照片最多9张');
    expect(problems(submitLeadSchema, { ...lead, clientId: 'abc' })[0]?.message).toBe('草稿编号的格式不正确');
    expect(problems(submitLeadSchema, { ...lead, extra: 1 })[0]?.message).toContain('extra');
    expect(problems(submitLeadSchema, { ...lead, body: undefined })[0]?.message).toBe('请填写内容');
  });

  it('body may hold 2000 characters and no more', () => {
    expect(problems(submitLeadSchema, { ...lead, body: '字'.repeat(2000) })).toEqual([]);
    expect(problems(submitLeadSchema, { ...lead, body: '字'.repeat(2001) })[0]?.message).toBe('内容不能超过2000个字');
  });

  it('needs_info and reject require a non-blank reason; accept does not', () => {
    expect(problems(reviewLeadSchema, { id: 'l1', decision: 'accept' })).toEqual([]);
    for (const decision of ['needs_info', 'reject']) {
      expect(problems(reviewLeadSchema, { id: 'l1', decision, note: '  ' })).toEqual([
        { path: 'note', message: '请填写原因：通讯员会看到这段说明' },
      ]);
      expect(problems(reviewLeadSchema, { id: 'l1', decision, note: '请补充现场照片' })).toEqual([]);
    }
  });

  it('merge requires the lead to merge into', () => {
    expect(problems(reviewLeadSchema, { id: 'l1', decision: 'merge' })[0]?.path).toBe('mergeInto');
    expect(problems(reviewLeadSchema, { id: 'l1', decision: 'merge', mergeInto: 'l2' })).toEqual([]);
  });

  it('a reply needs text', () => {
    expect(problems(replyLeadSchema, { id: 'l1', text: '' })[0]?.message).toBe('回复内容不能为空');
  });

  it('binding checks the phone number', () => {
    expect(problems(bindSchema, { code: 'ABCD2345', name: '王小明', phone: '1380013800' })[0]?.message).toBe(
      '手机号应为11位数字',
    );
    expect(problems(bindSchema, { code: 'ABCD2345', name: '王小明', phone: '13800138000' })).toEqual([]);
  });
});

describe('desk and publication payloads', () => {
  const pub = { articleId: 'a1', outlet: '省日报', level: 'provincial', publishedAt: '2026-03-02' };
  it('accepts only http(s) links', () => {
    for (const url of ['https://example.cn/a?b=1#c', 'http://example.cn'])
      expect(addPublicationSchema.safeParse({ ...pub, url }).success).toBe(true);
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,x',
      'https://',
      'https://a b.cn',
      'https://x.cn/"><script>',
    ]) {
      expect(problems(addPublicationSchema, { ...pub, url })[0]?.path).toBe('url');
    }
  });
  it('checks calendar dates and the order of a range', () => {
    expect(problems(addPublicationSchema, { ...pub, publishedAt: '2026-02-30' })[0]?.message).toBe(
      '日期不存在，请检查年月日',
    );
    expect(problems(addPublicationSchema, { ...pub, publishedAt: '2026/03/02' })[0]?.path).toBe('publishedAt');
    expect(problems(queueSchema, { from: '2026-03-02', to: '2026-03-01' })[0]).toEqual({
      path: 'to',
      message: '开始日期不能晚于结束日期',
    });
    expect(queueSchema.safeParse({ from: '2026-03-01', to: '2026-03-01', q: ' 荷花 ' }).success).toBe(true);
  });
});
