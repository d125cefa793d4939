// The key-task form: what the task is, who owns it, the month it is due, and where it stands with a note.
import { View } from '@tarojs/components';
import type { UnitView } from '@core';
import type { WorkTaskView } from '@core/workplan';
import { WORK_STATUSES, WORK_STATUS_LABELS } from '@core/vocabulary';
import ChoiceChips, { optionsOf } from '@/components/ChoiceChips';
import FormField, { LabelledText } from '@/components/FormField';
import SelectField from '@/components/SelectField';
import { checkedSend, useServerForm } from '@/hooks/useServerForm';
import { formatDay } from '@/lib/time';
import { MONTH_OPTIONS, workTaskFromForm, type WorkTaskForm } from '@/stats/lib/workTaskForm';
import EditorCard from '@/stats/components/EditorCard';
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
  const form = useServerForm({
    name: 'task',
    initial,
    ...checkedSend(workTaskFromForm, (input) => call('workPlan', 'save', input)),
    onSaved,
    invalidates: [['workPlan'], ['stats']],
  });
  const { bind, problems } = form;
  const title = form.form.id ? '修改重点任务' : `新增${form.form.year}年重点任务`;

  return (
    <EditorCard name="task" title={title} form={form} onCancel={onCancel}>
      <LabelledText label="任务内容" placeholder="如：开展党的创新理论宣讲进村入企" maxLength={80} {...bind('title')} />
      <View className="row workplan__pickers">
        <FormField label="责任单位" name="ownerUnitId" problem={problems.ownerUnitId}>
          <SelectField
            className="js-task-unit"
            value={form.form.ownerUnitId}
            options={units.map((u) => ({ value: u.id, label: u.name }))}
            emptyLabel="镇宣传办"
            onChange={(ownerUnitId) => form.set('ownerUnitId', ownerUnitId)}
          />
        </FormField>
        <FormField label="完成时限" name="dueMonth" problem={problems.dueMonth}>
          <SelectField
            className="js-task-month"
            value={form.form.dueMonth}
            options={MONTH_OPTIONS}
            emptyLabel="选择月份"
            onChange={(dueMonth) => form.set('dueMonth', dueMonth)}
          />
        </FormField>
      </View>
      <FormField label="状态" name="status" problem={problems.status}>
        <ChoiceChips
          className="js-task-status"
          options={STATUS_OPTIONS}
          value={form.form.status}
          onChange={(status) => form.set('status', status)}
        />
      </FormField>
      <LabelledText
        label={`进展说明（可不填${noteDate ? `；上次更新于${formatDay(noteDate)}` : ''}，改动状态或说明即记为今天）`}
        placeholder="如：已在12个村开展宣讲"
        multiline
        maxLength={200}
        {...bind('note')}
      />
    </EditorCard>
  );
}
