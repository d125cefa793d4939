// accounts.saveTownship over HTTP: only an admin changes the township's settings, everyone's `me` follows, and a
// bad payload is refused in Chinese with nothing written.
import { dataOf, errorOf, hasChinese } from '../support/http';
import { leadPayload } from '../support/leads';
import { useTestHost } from '../support/host';

const { client, tokens } = useTestHost({ tokens: ['admin', 'editor', 'reporter1'] });

const settingsOf = async (token: string) => {
  const me = dataOf(await client.call(token, 'accounts', 'me', {}));
  return {
    agingHours: me.agingHours,
    highlightSections: me.highlightSections,
    categories: me.categories,
    activityKinds: me.activityKinds,
  };
};

test('an editor and a reporter may not change the settings', async () => {
  const before = await settingsOf(tokens.admin);
  for (const token of [tokens.editor, tokens.reporter1]) {
    const answer = await client.call(token, 'accounts', 'saveTownship', { agingHours: { amber: 2, red: 3 } });
    expect([answer.status, errorOf(answer).code]).toEqual([403, 'PERMISSION_DENIED']);
  }
  expect(await settingsOf(tokens.admin)).toEqual(before);
});

test('what the admin saves is what an editor sees; absent fields keep their values', async () => {
  const before = await settingsOf(tokens.admin);
  const saved = dataOf(
    await client.call(tokens.admin, 'accounts', 'saveTownship', { agingHours: { amber: 6, red: 48 } }),
  );
  expect(saved).toMatchObject({ role: 'admin', agingHours: { amber: 6, red: 48 }, categories: before.categories });
  expect(await settingsOf(tokens.editor)).toEqual({ ...before, agingHours: { amber: 6, red: 48 } });

  const sections = dataOf(
    await client.call(tokens.admin, 'accounts', 'saveTownship', { highlightSections: [' 乡村振兴 ', '基层治理'] }),
  );
  expect(sections.highlightSections).toEqual(['乡村振兴', '基层治理']);
  expect(await settingsOf(tokens.editor)).toEqual({
    ...before,
    agingHours: { amber: 6, red: 48 },
    highlightSections: ['乡村振兴', '基层治理'],
  });
});

test('removing a category leaves the leads filed under it as they were, and new leads must use the new list', async () => {
  const { categories } = await settingsOf(tokens.admin);
  const lead = dataOf(await client.call(tokens.reporter1, 'leads', 'submit', leadPayload({ category: categories[0] })));
  const kept = [...categories.slice(1), '新类别'];
  expect(dataOf(await client.call(tokens.admin, 'accounts', 'saveTownship', { categories: kept })).categories).toEqual(
    kept,
  );

  expect(dataOf(await client.call(tokens.editor, 'leads', 'get', { id: lead.id })).category).toBe(categories[0]);
  expect(
    (await client.call(tokens.reporter1, 'leads', 'submit', leadPayload({ category: categories[0] }))).status,
  ).toBe(400);
  expect((await client.call(tokens.reporter1, 'leads', 'submit', leadPayload({ category: '新类别' }))).status).toBe(
    200,
  );
});

test.each([
  ['amber equal to red', { agingHours: { amber: 24, red: 24 } }, '黄色提醒的小时数须小于红色提醒'],
  ['amber above red', { agingHours: { amber: 72, red: 24 } }, '黄色提醒的小时数须小于红色提醒'],
  ['red over a month', { agingHours: { amber: 24, red: 721 } }, '红色提醒不能超过720小时'],
  ['zero hours', { agingHours: { amber: 0, red: 24 } }, '黄色提醒至少1小时'],
  ['fractional hours', { agingHours: { amber: 1.5, red: 24 } }, '黄色提醒须为整数小时'],
  ['only one threshold', { agingHours: { amber: 12 } }, '红色提醒须为整数小时'],
  ['no sections', { highlightSections: [] }, '至少保留1个亮点栏目'],
  ['nine sections', { highlightSections: ['一', '二', '三', '四', '五', '六', '七', '八', '九'] }, '亮点栏目最多8个'],
  ['a repeated category', { categories: ['民生服务', ' 民生服务'] }, '类别不能重复'],
  ['a long category', { categories: ['这个类别名称超过了十个字'] }, '每个类别不能超过10个字'],
  ['a blank category', { categories: ['民生服务', '  '] }, '类别不能为空'],
  ['31 categories', { categories: Array.from({ length: 31 }, (_, i) => `类别${i}`) }, '类别最多30个'],
  ['without 业务培训', { activityKinds: ['宣讲', '其他'] }, '活动类型须保留“业务培训”：培训记录都属于这一类型'],
  ['a repeated activity kind', { activityKinds: ['业务培训', '宣讲', '宣讲 '] }, '活动类型不能重复'],
  ['a long activity kind', { activityKinds: ['业务培训', '十一个字的活动类型名称'] }, '每个活动类型不能超过10个字'],
  ['an unknown field', { name: '新镇名' }, '请求里有无法识别的字段：name'],
])('%s → 400 in Chinese, nothing written', async (_name, payload, message) => {
  const before = await settingsOf(tokens.admin);
  // A valid part next to the bad one must not be written either.
  const answer = await client.call(tokens.admin, 'accounts', 'saveTownship', {
    ...payload,
    ...('highlightSections' in payload ? {} : { highlightSections: ['不该写入'] }),
  });
  expect(answer.status).toBe(400);
  const error = errorOf(answer);
  expect(error.code).toBe('INVALID_ARGUMENT');
  expect(error.message).toBe(message);
  expect(hasChinese(error.message)).toBe(true);
  expect(await settingsOf(tokens.admin)).toEqual(before);
});

describe('activity kinds (镇设置)', () => {
  const DEFAULTS = ['理论学习/研讨', '宣讲', '警示教育/实践学习', '思想教育', '业务培训', '文化活动', '其他'];
  const activity = (kind: string) => ({ kind, title: '专题活动', date: '2026-02-12', participants: 12 });
  const saveKinds = (activityKinds: string[]) =>
    client.call(tokens.admin, 'accounts', 'saveTownship', { activityKinds });

  test('an added kind can be recorded; a kind removed (unused) no longer', async () => {
    expect((await settingsOf(tokens.editor)).activityKinds).toEqual(expect.arrayContaining(DEFAULTS));
    const { activityKinds } = await settingsOf(tokens.admin);
    expect(dataOf(await saveKinds([...activityKinds, ' 志愿服务 ', '读书会'])).activityKinds).toEqual([
      ...activityKinds,
      '志愿服务',
      '读书会',
    ]);
    expect(dataOf(await saveKinds([...activityKinds, '志愿服务'])).activityKinds).toEqual([
      ...activityKinds,
      '志愿服务',
    ]);
    expect((await settingsOf(tokens.editor)).activityKinds).toEqual([...activityKinds, '志愿服务']);

    expect(dataOf(await client.call(tokens.editor, 'activities', 'save', activity('志愿服务'))).kind).toBe('志愿服务');
    const refused = await client.call(tokens.editor, 'activities', 'save', activity('读书会'));
    expect([refused.status, errorOf(refused).code]).toEqual([400, 'INVALID_ARGUMENT']);
    expect(errorOf(refused).message).toBe('活动类型无效，请从镇设置的活动类型中选择');
    expect(dataOf(await client.call(tokens.editor, 'activities', 'list', { kind: '读书会' })).items).toEqual([]);
  });

  test('a kind in use cannot be removed or renamed: 409 naming how many use it, nothing written', async () => {
    const { activityKinds } = await settingsOf(tokens.admin);
    dataOf(await saveKinds([...activityKinds, '座谈会']));
    for (let i = 0; i < 2; i += 1) dataOf(await client.call(tokens.editor, 'activities', 'save', activity('座谈会')));
    const before = await settingsOf(tokens.admin);
    const answer = await client.call(tokens.admin, 'accounts', 'saveTownship', {
      activityKinds: [...activityKinds, '专题座谈'],
      issuer: '不该写入',
    });
    expect([answer.status, errorOf(answer).code]).toEqual([409, 'CONFLICT']);
    expect(errorOf(answer).message).toBe(
      '活动类型“座谈会”（2次活动）已有活动记录，不能删除或改名；请先把这些活动改为其他类型',
    );
    expect(await settingsOf(tokens.admin)).toEqual(before);
    expect(dataOf(await client.call(tokens.admin, 'accounts', 'me', {})).issuer).not.toBe('不该写入');

    // Reordering keeps every kind, so it is fine.
    const reordered = [...before.activityKinds].reverse();
    expect(dataOf(await saveKinds(reordered)).activityKinds).toEqual(reordered);
  });
});
