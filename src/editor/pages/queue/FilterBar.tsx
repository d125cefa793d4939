// The queue's filters: search in title and body, unit, category, date range, "只看紧急" and "只看待审内容".
// The search applies on 搜索 or Enter; the pickers apply at once.
import { View } from '@tarojs/components';
import type { UnitView } from '@core';
import AppButton from '@/components/AppButton';
import DateField from '@/components/DateField';
import SelectField from '@/components/SelectField';
import SearchBox from '@/components/SearchBox';
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
  const set = <K extends keyof QueueFilters>(key: K, value: QueueFilters[K]) => onChange({ ...filters, [key]: value });
  const active = activeFilterCount(filters);
  const unitOptions = units.map((u) => ({ value: u.id, label: u.name }));
  const categoryOptions = categories.map((c) => ({ value: c, label: c }));
  // One of each kind of picker, named js-filter-<what> for tests; each applies at once.
  const select = (
    key: 'unitId' | 'category',
    what: string,
    emptyLabel: string,
    options: { value: string; label: string }[],
  ) => (
    <SelectField
      className={`js-filter-${what}`}
      value={filters[key]}
      emptyLabel={emptyLabel}
      options={options}
      onChange={(v) => set(key, v)}
    />
  );
  const only = (key: 'urgent' | 'flagged', label: string) => (
    <View
      className={`xx-chip js-filter-${key} ${filters[key] ? 'xx-chip--on' : ''}`}
      onClick={() => set(key, !filters[key])}
    >
      {label}
    </View>
  );
  const date = (key: 'from' | 'to', placeholder: string) => (
    <DateField
      className={`js-filter-${key}`}
      placeholder={placeholder}
      clearable
      value={filters[key]}
      onChange={(v) => set(key, v)}
    />
  );

  return (
    <View className="card queue-filters">
      <SearchBox className="js-search" placeholder="搜索标题或正文" value={filters.q} onSearch={(q) => set('q', q)} />
      <View className="desk-bar">
        {select('unitId', 'unit', '全部单位', unitOptions)}
        {select('category', 'category', '全部类别', categoryOptions)}
        {only('urgent', '只看紧急')}
        {only('flagged', '只看待审内容')}
      </View>
      <View className="desk-bar">
        {date('from', '开始日期')}
        <View className="muted">至</View>
        {date('to', '结束日期')}
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
