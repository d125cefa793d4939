// The training form: topic, date, trainer, and the attendees picked from the township's reporters.
import { View } from '@tarojs/components';
import { useState } from 'react';
import type { TrainingView } from '@core/trainings';
import AppButton from '@/components/AppButton';
import ChoiceChips from '@/components/ChoiceChips';
import DateField from '@/components/DateField';
import ErrorBanner from '@/components/ErrorBanner';
import TextField from '@/components/TextField';
import { useServerForm } from '@/hooks/useServerForm';
import { inputOf, problemsOf } from '@/lib/fieldErrors';
import { searchPeople, trainingFromForm, type TrainingForm } from '@/stats/lib/trainingForm';
import { call } from '@/services/cloud';
import { useReporters } from './useReporters';

interface Props {
  initial: TrainingForm;
  onSaved: (t: TrainingView) => void;
  onCancel: () => void;
}

export default function TrainingEditor({ initial, onSaved, onCancel }: Props) {
  const {
    form,
    setForm,
    problems: errors,
    error: failure,
    busy: saving,
    save,
  } = useServerForm({
    initial,
    check: (f: TrainingForm) => problemsOf(trainingFromForm(f)),
    send: (f: TrainingForm) => call('trainings', 'save', inputOf(trainingFromForm(f))),
    onSaved,
    invalidates: [['trainings'], ['stats']],
  });
  const [query, setQuery] = useState('');
  const reporters = useReporters();
  const set = (change: Partial<TrainingForm>) => setForm((f) => ({ ...f, ...change }));

  const shown = reporters.people ? searchPeople(reporters.people, query, form.attendeeIds) : [];
  const options = shown.map((p) => ({ value: p.id, label: p.unitName ? `${p.name}·${p.unitName}` : p.name }));
  const fieldError = (key: string) => (errors[key] ? <View className="field-error">{errors[key]}</View> : null);

  return (
    <View className="card js-training-form">
      <View className="card-title">{form.id ? '修改培训' : '新增培训'}</View>
      <View className="field">
        <View className="field-label">培训主题</View>
        <TextField
          className="js-training-topic"
          placeholder="如：新闻写作与摄影培训"
          value={form.topic}
          maxLength={60}
          onChange={(topic) => set({ topic })}
        />
        {fieldError('topic')}
      </View>
      <View className="field">
        <View className="field-label">培训日期</View>
        <DateField
          className="js-training-date"
          placeholder="选择日期"
          value={form.date}
          onChange={(date) => set({ date })}
        />
        {fieldError('date')}
      </View>
      <View className="field">
        <View className="field-label">授课人</View>
        <TextField
          className="js-training-trainer"
          placeholder="姓名或单位"
          value={form.trainer}
          maxLength={30}
          onChange={(trainer) => set({ trainer })}
        />
        {fieldError('trainer')}
      </View>
      <View className="field">
        <View className="field-label">参训通讯员（已选{form.attendeeIds.length}人）</View>
        {reporters.error ? <ErrorBanner message={reporters.error} /> : null}
        {!reporters.people && !reporters.error ? <View className="muted">正在加载通讯员…</View> : null}
        {reporters.people ? (
          <>
            <TextField
              className="js-attendee-search"
              placeholder="按姓名或单位查找"
              value={query}
              onChange={setQuery}
            />
            <ChoiceChips
              className="js-attendees"
              multiple
              options={options}
              value={form.attendeeIds}
              onChange={(attendeeIds) => set({ attendeeIds })}
            />
            {options.length === 0 ? <View className="muted">没有找到通讯员</View> : null}
          </>
        ) : null}
        {fieldError('attendeeIds')}
      </View>
      {failure ? <ErrorBanner message={failure} /> : null}
      <View className="row training__actions">
        <AppButton kind="primary" className="js-training-save" loading={saving} onClick={() => void save()}>
          保存
        </AppButton>
        <AppButton kind="plain" className="js-training-cancel" onClick={onCancel}>
          取消
        </AppButton>
      </View>
    </View>
  );
}
