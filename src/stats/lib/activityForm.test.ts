// The activity form on the device: what it sends, and the Chinese messages it shows before any call.
import { saveActivitySchema } from '@core/activities';
import { activityFromForm, emptyActivity, type ActivityForm } from './activityForm';

const filled = (over: Partial<ActivityForm> = {}): ActivityForm => ({
  ...emptyActivity('2026-03-08'),
  kind: '思想教育',
  title: '全体职工观看安全警示教育片',
  participants: '86',
  ...over,
});

it('sends whole numbers and trimmed text the server schema accepts', () => {
  const result = activityFromForm(filled({ batches: ' 2 ', speaker: ' 镇安办 ' }));
  expect(result).toEqual({ input: expect.objectContaining({ participants: 86, batches: 2, speaker: '镇安办' }) });
  if (!('input' in result)) throw new Error('expected an input');
  expect(saveActivitySchema.safeParse(result.input).success).toBe(true);
});

it.each([
  [{ kind: '' }, 'kind', '请选择活动类型'],
  [{ title: '  ' }, 'title', '请填写活动名称'],
  [{ participants: '八十' }, 'participants', '请填写参加人数（整数）'],
  [{ participants: '0' }, 'participants', '请填写参加人数（整数）'],
  [{ participants: '1', attendeeIds: ['a', 'b'] }, 'participants', '参加人数不能少于点名的参加人员'],
  [{ batches: '0' }, 'batches', '请填写批次（至少1批）'],
  [{ date: '' }, 'date', '请选择活动日期'],
])('refuses %j with a message on its field', (over, field, message) => {
  expect(activityFromForm(filled(over))).toEqual({ errors: expect.objectContaining({ [field]: message }) });
});
