// The activity form: kind, name, date, how many people in how many batches, who spoke, a note — one screen on a phone.
import { View } from '@tarojs/components';
import type { ActivityView } from '@core/activities';
import ChoiceChips from '@/components/ChoiceChips';
import FormField, { LabelledDate, LabelledText } from '@/components/FormField';
import { checkedSend, useServerForm } from '@/hooks/useServerForm';
import { activityFromForm, type ActivityForm } from '@/stats/lib/activityForm';
import EditorCard from '@/stats/components/EditorCard';
import { call } from '@/services/cloud';

interface Props {
  initial: ActivityForm;
  /** The township's activity kinds (镇设置). */
  kinds: readonly string[];
  onSaved: (a: ActivityView) => void;
  onCancel: () => void;
}

export default function ActivityEditor({ initial, kinds, onSaved, onCancel }: Props) {
  const form = useServerForm({
    name: 'activity',
    initial,
    ...checkedSend(activityFromForm, (input) => call('activities', 'save', input)),
    onSaved,
    invalidates: [['activities'], ['trainings'], ['stats']],
  });
  const { bind } = form;

  return (
    <EditorCard name="activity" title={form.form.id ? '修改活动' : '登记活动'} form={form} onCancel={onCancel}>
      <FormField label="活动类型" problem={form.problems.kind}>
        <ChoiceChips
          className="js-activity-kind"
          options={kinds.map((k) => ({ value: k, label: k }))}
          value={form.form.kind || null}
          onChange={(kind) => form.set('kind', kind)}
        />
      </FormField>
      <LabelledText label="活动名称" placeholder="如：全体职工观看安全警示教育片" maxLength={60} {...bind('title')} />
      <LabelledDate label="日期" placeholder="选择日期" {...bind('date')} />
      <View className="row activity__counts">
        <LabelledText label="参加人数" placeholder="人数" numeric maxLength={6} {...bind('participants')} />
        <LabelledText label="分几批" placeholder="批次" numeric maxLength={4} {...bind('batches')} />
      </View>
      <LabelledText label="主讲或负责人（可不填）" placeholder="姓名或单位" maxLength={30} {...bind('speaker')} />
      <LabelledText
        label="备注（可不填）"
        placeholder="如：元旦前分3批组织"
        multiline
        maxLength={200}
        {...bind('note')}
      />
    </EditorCard>
  );
}
