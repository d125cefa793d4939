// The assessment-method and training forms: what the editor types becomes exactly what the server accepts.
import { defaultRule, saveRuleSchema } from '@core/stats';
import { saveTrainingSchema } from '@core/trainings';
import { formFromRule, ruleFromForm } from './ruleForm';
import { emptyTraining, formFromTraining, searchPeople, trainingFromForm } from './trainingForm';

describe('assessment method form', () => {
  const rule = defaultRule('t1');

  it('saves the rule in effect unchanged as a new version from the chosen date', () => {
    const result = ruleFromForm(formFromRule(rule, '2027-01-01'));
    if (!('input' in result)) throw new Error(JSON.stringify(result.errors));
    const { id: _id, townshipId: _t, createdAt: _c, createdBy: _b, name: _n, effectiveFrom: _e, ...points } = rule;
    expect(result.input).toEqual({ ...points, name: '2027年考核办法', effectiveFrom: '2027-01-01' });
    expect(saveRuleSchema.safeParse(result.input).success).toBe(true);
  });

  it('takes a changed provincial score and the "every level" counting', () => {
    const form = formFromRule(rule, '2027-01-01');
    form.numbers['publication.provincial'] = ' 20 ';
    form.levelCounting = 'every';
    const result = ruleFromForm(form);
    expect('input' in result && result.input.publication.provincial).toBe(20);
    expect('input' in result && result.input.levelCounting).toBe('every');
  });

  it('names every wrong field in Chinese and saves nothing', () => {
    const form = formFromRule(rule, '2027-01-01');
    form.numbers.leadSubmitted = '';
    form.numbers['kindBonus.profile'] = '-1';
    form.numbers.monthlyMinimumLeads = '1.5';
    form.numbers['longArticle.minChars'] = '0';
    form.name = ' ';
    form.effectiveFrom = '2027-02-30';
    expect(ruleFromForm(form)).toEqual({
      errors: {
        leadSubmitted: '请填写数字',
        'kindBonus.profile': '请填写0到1000之间的数',
        monthlyMinimumLeads: '请填写整数',
        'longArticle.minChars': '请填写1到100000之间的数',
        name: '请填写名称',
        effectiveFrom: '请选择生效日期',
      },
    });
  });
});

describe('training form', () => {
  it('trims what was typed, drops a doubly picked attendee and passes the server schema', () => {
    const form = {
      ...emptyTraining('2026-05-20'),
      topic: ' 新闻写作培训 ',
      trainer: ' 县融媒体中心 王老师 ',
      attendeeIds: ['a1', 'a2', 'a1'],
    };
    const result = trainingFromForm(form);
    if (!('input' in result)) throw new Error('expected input');
    expect(result.input).toEqual({
      topic: '新闻写作培训',
      date: '2026-05-20',
      trainer: '县融媒体中心 王老师',
      attendeeIds: ['a1', 'a2'],
    });
    expect(saveTrainingSchema.safeParse(result.input).success).toBe(true);
  });

  it('keeps the id when an existing training is edited', () => {
    const form = formFromTraining({
      id: 't9',
      topic: '摄影',
      date: '2026-06-01',
      trainer: '李',
      attendees: [{ id: 'a1', name: '张三' }],
      createdAt: '',
      updatedAt: '',
    });
    expect(trainingFromForm(form)).toEqual({
      input: { id: 't9', topic: '摄影', date: '2026-06-01', trainer: '李', attendeeIds: ['a1'] },
    });
  });

  it('asks for the topic, date and trainer', () => {
    expect(trainingFromForm(emptyTraining(''))).toEqual({
      errors: { topic: '请填写培训主题', date: '请选择培训日期', trainer: '请填写授课人' },
    });
  });

  it('finds reporters by name or unit, the picked ones first', () => {
    const people = [
      { id: 'a', name: '张三', unitName: '东山村' },
      { id: 'b', name: '李四', unitName: '西河村' },
      { id: 'c', name: '王五', unitName: '东山村' },
    ];
    expect(searchPeople(people, '东山', ['c']).map((p) => p.id)).toEqual(['c', 'a']);
    expect(searchPeople(people, '李', []).map((p) => p.id)).toEqual(['b']);
    expect(searchPeople(people, '', ['b']).map((p) => p.id)).toEqual(['b', 'a', 'c']);
  });
});
