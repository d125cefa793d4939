// Edits the assessment method as a new version from an effective date; earlier versions keep scoring their dates.
import { View } from '@tarojs/components';
import type { RulesResult } from '@core/stats';
import { CREDIT_SPLITS, LEVEL_COUNTING } from '@core/stats';
import AppButton from '@/components/AppButton';
import ChoiceChips, { optionsOf } from '@/components/ChoiceChips';
import DateField from '@/components/DateField';
import ErrorBanner from '@/components/ErrorBanner';
import TextField from '@/components/TextField';
import {
  CREDIT_SPLIT_LABELS,
  LEVEL_COUNTING_LABELS,
  RULE_NUMBER_GROUPS,
  ruleFromForm,
  type RuleForm,
} from '@/stats/lib/ruleForm';
import { call } from '@/services/cloud';
import { useServerForm } from '@/hooks/useServerForm';
import { inputOf, problemsOf } from '@/lib/fieldErrors';

interface Props {
  initial: RuleForm;
  onSaved: (rules: RulesResult) => void;
}

export default function RuleEditor({ initial, onSaved }: Props) {
  const {
    form,
    setForm,
    problems: errors,
    error: failure,
    busy: saving,
    save,
  } = useServerForm({
    initial,
    check: (f: RuleForm) => {
      const problems = problemsOf(ruleFromForm(f));
      return Object.keys(problems).length > 0 ? { _: '请检查标红的项目', ...problems } : {};
    },
    send: (f: RuleForm) => call('stats', 'saveRule', inputOf(ruleFromForm(f))),
    onSaved,
    invalidates: [['stats']],
  });
  const set = (change: Partial<RuleForm>) => setForm((f) => ({ ...f, ...change }));
  const setNumber = (key: string, value: string) => setForm((f) => ({ ...f, numbers: { ...f.numbers, [key]: value } }));

  const error = (key: string) => (errors[key] ? <View className="field-error">{errors[key]}</View> : null);

  return (
    <View className="card js-rule-form">
      <View className="card-title">保存为新版本</View>
      <View className="field">
        <View className="field-label">名称</View>
        <TextField
          className="js-rule-name"
          placeholder="如：2027年考核办法"
          value={form.name}
          maxLength={40}
          onChange={(name) => set({ name })}
        />
        {error('name')}
      </View>
      <View className="field">
        <View className="field-label">生效日期（此日及以后的线索和刊发按新版本计分）</View>
        <DateField
          className="js-rule-from"
          placeholder="选择日期"
          value={form.effectiveFrom}
          onChange={(effectiveFrom) => set({ effectiveFrom })}
        />
        {error('effectiveFrom')}
      </View>
      {RULE_NUMBER_GROUPS.map((group) => (
        <View key={group.title} className="field">
          <View className="field-label">{group.title}</View>
          {group.fields.map((f) => (
            <View key={f.key} className="rule__number">
              <View className="rule__label">{f.label}</View>
              <TextField
                className={`rule__input js-rule-${f.key.replace('.', '-')}`}
                placeholder="0"
                numeric
                value={form.numbers[f.key] ?? ''}
                onChange={(v) => setNumber(f.key, v)}
              />
              <View className="rule__unit">{f.unit}</View>
              {error(f.key)}
            </View>
          ))}
        </View>
      ))}
      <View className="field">
        <View className="field-label">同一稿件多级刊发</View>
        <ChoiceChips
          options={optionsOf(LEVEL_COUNTING, LEVEL_COUNTING_LABELS)}
          value={form.levelCounting}
          onChange={(levelCounting) => set({ levelCounting })}
        />
      </View>
      <View className="field">
        <View className="field-label">多人署名的稿件</View>
        <ChoiceChips
          options={optionsOf(CREDIT_SPLITS, CREDIT_SPLIT_LABELS)}
          value={form.creditSplit}
          onChange={(creditSplit) => set({ creditSplit })}
        />
      </View>
      {failure ? <ErrorBanner message={failure} /> : null}
      <AppButton kind="primary" block className="js-rule-save" loading={saving} onClick={() => void save()}>
        保存新版本
      </AppButton>
    </View>
  );
}
