// The activity form: kind, name, date, how many people in how many batches, who spoke, a note — one screen on a phone.
import { View } from '@tarojs/components';
import type { ActivityView } from '@core/activities';
import { ACTIVITY_KINDS } from '@core/vocabulary';
import AppButton from '@/components/AppButton';
import ChoiceChips from '@/components/ChoiceChips';
import DateField from '@/components/DateField';
import ErrorBanner from '@/components/ErrorBanner';
import TextField from '@/components/TextField';
import { useServerForm } from '@/hooks/useServerForm';
import { inputOf, problemsOf } from '@/lib/fieldErrors';
import { activityFromForm, type ActivityForm } from '@/stats/lib/activityForm';
import { call } from '@/services/cloud';

interface Props {
  initial: ActivityForm;
  onSaved: (a: ActivityView) => void;
  onCancel: () => void;
}

const KIND_OPTIONS = ACTIVITY_KINDS.map((k): { value: string; label: string } => ({ value: k, label: k }));

export default function ActivityEditor({ initial, onSaved, onCancel }: Props) {
  const {
    form,
    setForm,
    problems: errors,
    error: failure,
    busy: saving,
    save,
  } = useServerForm({
    initial,
    check: (f: ActivityForm) => problemsOf(activityFromForm(f)),
    send: (f: ActivityForm) => call('activities', 'save', inputOf(activityFromForm(f))),
    onSaved,
    invalidates: [['activities'], ['trainings'], ['stats']],
  });
  const set = (change: Partial<ActivityForm>) => setForm((f) => ({ ...f, ...change }));
  const fieldError = (key: string) => (errors[key] ? <View className="field-error">{errors[key]}</View> : null);

  return (
    <View className="card js-activity-form">
      <View className="card-title">{form.id ? '修改活动' : '登记活动'}</View>
      <View className="field">
        <View className="field-label">活动类型</View>
        <ChoiceChips
          className="js-activity-kind"
          options={KIND_OPTIONS}
          value={form.kind || null}
          onChange={(kind) => set({ kind })}
        />
        {fieldError('kind')}
      </View>
      <View className="field">
        <View className="field-label">活动名称</View>
        <TextField
          className="js-activity-title"
          placeholder="如：全体职工观看安全警示教育片"
          value={form.title}
          maxLength={60}
          onChange={(title) => set({ title })}
        />
        {fieldError('title')}
      </View>
      <View className="field">
        <View className="field-label">日期</View>
        <DateField
          className="js-activity-date"
          placeholder="选择日期"
          value={form.date}
          onChange={(date) => set({ date })}
        />
        {fieldError('date')}
      </View>
      <View className="row activity__counts">
        <View className="field">
          <View className="field-label">参加人数</View>
          <TextField
            className="js-activity-participants"
            placeholder="人数"
            numeric
            maxLength={6}
            value={form.participants}
            onChange={(participants) => set({ participants })}
          />
          {fieldError('participants')}
        </View>
        <View className="field">
          <View className="field-label">分几批</View>
          <TextField
            className="js-activity-batches"
            placeholder="批次"
            numeric
            maxLength={4}
            value={form.batches}
            onChange={(batches) => set({ batches })}
          />
          {fieldError('batches')}
        </View>
      </View>
      <View className="field">
        <View className="field-label">主讲或负责人（可不填）</View>
        <TextField
          className="js-activity-speaker"
          placeholder="姓名或单位"
          value={form.speaker}
          maxLength={30}
          onChange={(speaker) => set({ speaker })}
        />
        {fieldError('speaker')}
      </View>
      <View className="field">
        <View className="field-label">备注（可不填）</View>
        <TextField
          className="js-activity-note"
          placeholder="如：元旦前分3批组织"
          multiline
          value={form.note}
          maxLength={200}
          onChange={(note) => set({ note })}
        />
        {fieldError('note')}
      </View>
      {failure ? <ErrorBanner message={failure} /> : null}
      <View className="row activity__actions">
        <AppButton kind="primary" className="js-activity-save" loading={saving} onClick={() => void save()}>
          保存
        </AppButton>
        <AppButton kind="plain" className="js-activity-cancel" onClick={onCancel}>
          取消
        </AppButton>
      </View>
    </View>
  );
}
