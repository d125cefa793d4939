// The key-task form: what the task is, who owns it, the month it is due, and where it stands with a note.
import { View } from '@tarojs/components';
import type { UnitView } from '@core';
import type { WorkTaskView } from '@core/workplan';
import { WORK_STATUSES, WORK_STATUS_LABELS } from '@core/vocabulary';
import AppButton from '@/components/AppButton';
import ChoiceChips, { optionsOf } from '@/components/ChoiceChips';
import ErrorBanner from '@/components/ErrorBanner';
import SelectField from '@/components/SelectField';
import TextField from '@/components/TextField';
import { useServerForm } from '@/hooks/useServerForm';
import { inputOf, problemsOf } from '@/lib/fieldErrors';
import { MONTH_OPTIONS, workTaskFromForm, type WorkTaskForm } from '@/stats/lib/workTaskForm';
import { call } from '@/services/cloud';

interface Props {
  initial: WorkTaskForm;
  units: UnitView[];
  /** The day the stored note was written, shown beside it; '' for a new task. */
  noteDate: string;
  onSaved: (task: WorkTaskView) => void;
  onCancel: () => void;
}

const STATUS_OPTIONS = optionsOf(WORK_STATUSES, WORK_STATUS_LABELS);

export default function WorkTaskEditor({ initial, units, noteDate, onSaved, onCancel }: Props) {
  const { form, set, problems, error, busy, save } = useServerForm({
    initial,
    check: (f: WorkTaskForm) => problemsOf(workTaskFromForm(f)),
    send: (f: WorkTaskForm) => call('workPlan', 'save', inputOf(workTaskFromForm(f))),
    onSaved,
    invalidates: [['workPlan'], ['stats']],
  });
  const problem = (key: string) => (problems[key] ? <View className="field-error">{problems[key]}</View> : null);

  return (
    <View className="card js-task-form">
      <View className="card-title">{form.id ? '修改重点任务' : `新增${form.year}年重点任务`}</View>
      <View className="field">
        <View className="field-label">任务内容</View>
        <TextField
          className="js-task-title"
          placeholder="如：开展党的创新理论宣讲进村入企"
          value={form.title}
          maxLength={80}
          onChange={(title) => set('title', title)}
        />
        {problem('title')}
      </View>
      <View className="row workplan__pickers">
        <View className="field">
          <View className="field-label">责任单位</View>
          <SelectField
            className="js-task-unit"
            value={form.ownerUnitId}
            options={units.map((u) => ({ value: u.id, label: u.name }))}
            emptyLabel="镇宣传办"
            onChange={(ownerUnitId) => set('ownerUnitId', ownerUnitId)}
          />
          {problem('ownerUnitId')}
        </View>
        <View className="field">
          <View className="field-label">完成时限</View>
          <SelectField
            className="js-task-month"
            value={form.dueMonth}
            options={MONTH_OPTIONS}
            emptyLabel="选择月份"
            onChange={(dueMonth) => set('dueMonth', dueMonth)}
          />
          {problem('dueMonth')}
        </View>
      </View>
      <View className="field">
        <View className="field-label">状态</View>
        <ChoiceChips
          className="js-task-status"
          options={STATUS_OPTIONS}
          value={form.status}
          onChange={(status) => set('status', status)}
        />
        {problem('status')}
      </View>
      <View className="field">
        <View className="field-label">
          进展说明（可不填{noteDate ? `；上次更新于${noteDate}` : ''}，改动状态或说明即记为今天）
        </View>
        <TextField
          className="js-task-note"
          placeholder="如：已在12个村开展宣讲"
          multiline
          value={form.note}
          maxLength={200}
          onChange={(note) => set('note', note)}
        />
        {problem('note')}
      </View>
      {error ? <ErrorBanner message={error} /> : null}
      <View className="row workplan__actions">
        <AppButton kind="primary" className="js-task-save" loading={busy} onClick={() => void save()}>
          保存
        </AppButton>
        <AppButton kind="plain" className="js-task-cancel" onClick={onCancel}>
          取消
        </AppButton>
      </View>
    </View>
  );
}
