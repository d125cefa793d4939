// The queue's filters: search in title and body, unit, category, date range, "只看紧急" and "只看待审内容".
// The search applies on 搜索 or Enter; the pickers apply at once.
import { View } from '@tarojs/components';
import { SEARCH_MAX, type UnitView } from '@core';
import { useEffect, useState } from 'react';
import AppButton from '@/components/AppButton';
import DateField from '@/components/DateField';
import SelectField from '@/components/SelectField';
import TextField from '@/components/TextField';
import { activeFilterCount, DEFAULT_FILTERS, type QueueFilters } from '@/editor/lib/queueFilters';
import '@/components/ChoiceChips/index.scss';

interface Props {
  filters: QueueFilters;
  units: UnitView[];
  categories: string[];
  problem: string | null;
  onChange: (filters: QueueFilters) => void;
}

export default function FilterBar({ filters, units, categories, problem, onChange }: Props) {
  const [q, setQ] = useState(filters.q);
  useEffect(() => setQ(filters.q), [filters.q]);
  const set = <K extends keyof QueueFilters>(key: K, value: QueueFilters[K]) => onChange({ ...filters, [key]: value });
  const active = activeFilterCount(filters);

  return (
    <View className="card queue-filters">
      <View className="desk-bar">
        <TextField
          className="desk-input js-search"
          placeholder="搜索标题或正文"
          maxLength={SEARCH_MAX}
          value={q}
          onChange={setQ}
          onConfirm={() => set('q', q)}
        />
        <AppButton size="small" className="js-search-go" onClick={() => set('q', q)}>
          搜索
        </AppButton>
      </View>
      <View className="desk-bar">
        <SelectField
          className="js-filter-unit"
          value={filters.unitId}
          emptyLabel="全部单位"
          options={units.map((u) => ({ value: u.id, label: u.name }))}
          onChange={(v) => set('unitId', v)}
        />
        <SelectField
          className="js-filter-category"
          value={filters.category}
          emptyLabel="全部类别"
          options={categories.map((c) => ({ value: c, label: c }))}
          onChange={(v) => set('category', v)}
        />
        <View
          className={`xx-chip js-filter-urgent ${filters.urgent ? 'xx-chip--on' : ''}`}
          onClick={() => set('urgent', !filters.urgent)}
        >
          只看紧急
        </View>
        <View
          className={`xx-chip js-filter-flagged ${filters.flagged ? 'xx-chip--on' : ''}`}
          onClick={() => set('flagged', !filters.flagged)}
        >
          只看待审内容
        </View>
      </View>
      <View className="desk-bar">
        <DateField
          className="js-filter-from"
          placeholder="开始日期"
          clearable
          value={filters.from}
          onChange={(v) => set('from', v)}
        />
        <View className="muted">至</View>
        <DateField
          className="js-filter-to"
          placeholder="结束日期"
          clearable
          value={filters.to}
          onChange={(v) => set('to', v)}
        />
        {active > 0 ? (
          <AppButton
            kind="plain"
            size="small"
            className="js-filter-clear"
            onClick={() => onChange({ ...DEFAULT_FILTERS, status: filters.status })}
          >
            清除筛选（{active}）
          </AppButton>
        ) : null}
      </View>
      {problem ? <View className="field-error js-filter-error">{problem}</View> : null}
    </View>
  );
}
