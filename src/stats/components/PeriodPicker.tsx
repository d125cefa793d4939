// Month, quarter, year or a custom range; arrows step to the period before or after (never into the future).
import { View } from '@tarojs/components';
import { useState } from 'react';
import AppButton from '@/components/AppButton';
import ChoiceChips from '@/components/ChoiceChips';
import DateField from '@/components/DateField';
import {
  chinaToday,
  customPeriod,
  hasNext,
  PERIOD_KIND_LABELS,
  periodLabel,
  presetPeriod,
  shiftPeriod,
  type Period,
  type PeriodKind,
} from '@/stats/lib/period';
import './PeriodPicker.scss';

const KINDS: PeriodKind[] = ['month', 'quarter', 'year', 'custom'];
const KIND_OPTIONS = KINDS.map((value) => ({ value, label: PERIOD_KIND_LABELS[value] }));

export default function PeriodPicker({ value, onChange }: { value: Period; onChange: (p: Period) => void }) {
  const [customOpen, setCustomOpen] = useState(value.kind === 'custom');
  const [from, setFrom] = useState(value.from);
  const [to, setTo] = useState(value.to);
  const [error, setError] = useState('');

  const pickKind = (kind: PeriodKind) => {
    setError('');
    if (kind === 'custom') {
      setCustomOpen(true);
      return;
    }
    setCustomOpen(false);
    // Keep looking at the same time: switching from March to "quarter" shows the first quarter, not today's.
    onChange(presetPeriod(kind, value.kind === 'custom' ? chinaToday() : value.from));
  };

  const applyCustom = () => {
    const picked = customPeriod(from, to);
    if ('error' in picked) setError(picked.error);
    else {
      setError('');
      onChange(picked);
    }
  };

  return (
    <View className="card period js-period">
      <ChoiceChips
        className="js-period-kind"
        options={KIND_OPTIONS}
        value={customOpen ? 'custom' : value.kind}
        onChange={pickKind}
      />
      {customOpen ? (
        <View className="period__custom">
          <DateField className="js-period-from" value={from} placeholder="开始日期" onChange={setFrom} />
          <View className="period__dash">至</View>
          <DateField className="js-period-to" value={to} placeholder="结束日期" onChange={setTo} />
          <AppButton size="small" kind="primary" className="js-period-apply period__apply" onClick={applyCustom}>
            确定
          </AppButton>
        </View>
      ) : null}
      {error ? <View className="field-error js-period-error">{error}</View> : null}
      <View className="period__step">
        <View className="period__arrow js-period-prev" onClick={() => onChange(shiftPeriod(value, -1))}>
          ‹ 上一{value.kind === 'custom' ? '段' : unitOf(value.kind)}
        </View>
        <View className="period__label js-period-label">{periodLabel(value)}</View>
        {hasNext(value) ? (
          <View className="period__arrow js-period-next" onClick={() => onChange(shiftPeriod(value, 1))}>
            下一{value.kind === 'custom' ? '段' : unitOf(value.kind)} ›
          </View>
        ) : (
          <View className="period__arrow period__arrow--off" />
        )}
      </View>
    </View>
  );
}

const unitOf = (kind: Exclude<PeriodKind, 'custom'>) => ({ month: '月', quarter: '季度', year: '年' })[kind];
