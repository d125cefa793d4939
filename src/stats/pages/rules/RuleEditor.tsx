// Edits the assessment method as a new version from an effective date; earlier versions keep scoring their dates.
import { View } from '@tarojs/components';
import type { RulesResult } from '@core/stats';
import { CREDIT_SPLITS, LEVEL_COUNTING } from '@core/stats';
import ChoiceChips, { optionsOf } from '@/components/ChoiceChips';
import FormField, { LabelledDate, LabelledText } from '@/components/FormField';
import TextField from '@/components/TextField';
import {
  CREDIT_SPLIT_LABELS,
  LEVEL_COUNTING_LABELS,
  RULE_NUMBER_GROUPS,
  ruleFromForm,
  type RuleForm,
} from '@/stats/lib/ruleForm';
import EditorCard from '@/stats/components/EditorCard';
import { call } from '@/services/cloud';
import { checkedSend, useServerForm } from '@/hooks/useServerForm';

interface Props {
  initial: RuleForm;
  onSaved: (rules: RulesResult) => void;
}

export default function RuleEditor({ initial, onSaved }: Props) {
  const form = useServerForm({
    name: 'rule',
    initial,
    ...checkedSend(ruleFromForm, (input) => call('stats', 'saveRule', input), '请检查标红的项目'),
    onSaved,
    invalidates: [['stats']],
  });
  const { bind, problems, setForm } = form;
  const setNumber = (key: string, value: string) => setForm((f) => ({ ...f, numbers: { ...f.numbers, [key]: value } }));

  return (
    <EditorCard name="rule" title="保存为新版本" form={form} saveLabel="保存新版本">
      <LabelledText label="名称" placeholder="如：2027年考核办法" maxLength={40} {...bind('name')} />
      <LabelledDate
        label="生效日期（此日及以后的线索和刊发按新版本计分）"
        placeholder="选择日期"
        {...bind('effectiveFrom')}
        className="js-rule-from"
      />
      {RULE_NUMBER_GROUPS.map((group) => (
        <FormField key={group.title} label={group.title}>
          {group.fields.map((f) => (
            <View key={f.key} className="rule__number">
              <View className="rule__label">{f.label}</View>
              <TextField
                className={`rule__input js-rule-${f.key.replace('.', '-')}`}
                placeholder="0"
                numeric
                value={form.form.numbers[f.key] ?? ''}
                onChange={(v) => setNumber(f.key, v)}
              />
              <View className="rule__unit">{f.unit}</View>
              {problems[f.key] ? <View className="field-error">{problems[f.key]}</View> : null}
            </View>
          ))}
        </FormField>
      ))}
      <FormField label="同一稿件多级刊发">
        <ChoiceChips
          options={optionsOf(LEVEL_COUNTING, LEVEL_COUNTING_LABELS)}
          value={form.form.levelCounting}
          onChange={(levelCounting) => form.set('levelCounting', levelCounting)}
        />
      </FormField>
      <FormField label="多人署名的稿件">
        <ChoiceChips
          options={optionsOf(CREDIT_SPLITS, CREDIT_SPLIT_LABELS)}
          value={form.form.creditSplit}
          onChange={(creditSplit) => form.set('creditSplit', creditSplit)}
        />
      </FormField>
    </EditorCard>
  );
}
