// The training form: topic, date, trainer, and the attendees picked from the township's reporters.
import { View } from '@tarojs/components';
import { useState } from 'react';
import type { TrainingView } from '@core/trainings';
import ChoiceChips from '@/components/ChoiceChips';
import ErrorBanner from '@/components/ErrorBanner';
import FormField, { LabelledDate, LabelledText } from '@/components/FormField';
import TextField from '@/components/TextField';
import { checkedSend, useServerForm } from '@/hooks/useServerForm';
import { searchPeople, trainingFromForm, type TrainingForm } from '@/stats/lib/trainingForm';
import EditorCard from '@/stats/components/EditorCard';
import { call } from '@/services/cloud';
import { useReporters } from './useReporters';

interface Props {
  initial: TrainingForm;
  onSaved: (t: TrainingView) => void;
  onCancel: () => void;
}

export default function TrainingEditor({ initial, onSaved, onCancel }: Props) {
  const form = useServerForm({
    name: 'training',
    initial,
    ...checkedSend(trainingFromForm, (input) => call('trainings', 'save', input)),
    onSaved,
    invalidates: [['trainings'], ['stats']],
  });
  const { bind } = form;
  const [query, setQuery] = useState('');
  const reporters = useReporters();

  const picked = form.form.attendeeIds;
  const shown = reporters.people ? searchPeople(reporters.people, query, picked) : [];
  const options = shown.map((p) => ({ value: p.id, label: p.unitName ? `${p.name}·${p.unitName}` : p.name }));

  return (
    <EditorCard name="training" title={form.form.id ? '修改培训' : '新增培训'} form={form} onCancel={onCancel}>
      <LabelledText label="培训主题" placeholder="如：新闻写作与摄影培训" maxLength={60} {...bind('topic')} />
      <LabelledDate label="培训日期" placeholder="选择日期" {...bind('date')} />
      <LabelledText label="授课人" placeholder="姓名或单位" maxLength={30} {...bind('trainer')} />
      <FormField label={`参训通讯员（已选${picked.length}人）`} problem={form.problems.attendeeIds}>
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
              value={picked}
              onChange={(attendeeIds) => form.set('attendeeIds', attendeeIds)}
            />
            {options.length === 0 ? <View className="muted">没有找到通讯员</View> : null}
          </>
        ) : null}
      </FormField>
    </EditorCard>
  );
}
