// 审核队列: urgent first, then oldest first (the server's order); counts per status under the same filters,
// aging badges past the township's thresholds, ticks for bulk decisions. On a wide screen the lead opens
// beside the list instead of on a page of its own.
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { LEAD_STATUS_LABELS, LEAD_STATUSES, type LeadCounts, type LeadStatus, type LeadView } from '@core';
import { useEffect, useState } from 'react';
import DeskLayout from '@/components/DeskLayout';
import EmptyState from '@/components/EmptyState';
import Tabs from '@/components/Tabs';
import ErrorBanner from '@/components/ErrorBanner';
import LeadCard from '@/components/LeadCard';
import ListFooter from '@/components/ListFooter';
import { leadsChanged } from '@/hooks/useLead';
import { usePager } from '@/hooks/usePager';
import { useQuery } from '@/hooks/useQuery';
import { DEFAULT_FILTERS, filterPayload, filtersProblem, type QueueFilters } from '@/editor/lib/queueFilters';
import { emptySelection, keepVisible, selectable, toggle, toggleAll, versionsOf } from '@/editor/lib/selection';
import { call } from '@/services/cloud';
import AgingBadge from '@/editor/components/AgingBadge';
import LeadReview from '@/editor/components/LeadReview';
import { useDeskSettings } from '@/editor/hooks/useDeskSettings';
import { useWideScreen } from '@/editor/hooks/useWideScreen';
import BulkBar from './BulkBar';
import FilterBar from './FilterBar';
import '@/components/ChoiceChips/index.scss';

const TAB_ORDER: LeadStatus[] = ['submitted', 'needs_info', 'accepted', 'used', 'rejected', 'merged'];

export default function QueuePage() {
  const [filters, setFilters] = useState<QueueFilters>(DEFAULT_FILTERS);
  const [picking, setPicking] = useState(false);
  const [selection, setSelection] = useState(emptySelection);
  const [openId, setOpenId] = useState('');
  const { settings, error: settingsError } = useDeskSettings();
  const wide = useWideScreen();
  const problem = filtersProblem(filters);

  const list = usePager<LeadView>(['leads', 'queue', filters], (cursor: string | null) =>
    problem
      ? Promise.resolve({ items: [], nextCursor: null })
      : call('leads', 'queue', { ...filterPayload(filters), cursor, limit: 20 }),
  );

  const { status: _status, ...countFilters } = filterPayload(filters);
  // The tabs still work without their figures, so a failure here shows nothing.
  const countsOf = () => call('leads', 'counts', countFilters);
  const counts = useQuery<LeadCounts>(problem ? null : ['leads', 'counts', countFilters], countsOf).data;
  useEffect(() => setSelection((s) => keepVisible(s, list.items)), [list.items]);

  // After a bulk decision the leads move to another tab and the figures change.
  const refreshAll = () => {
    setSelection(emptySelection());
    leadsChanged();
  };

  const open = (lead: LeadView) => {
    if (picking && lead.status === 'submitted') setSelection((s) => toggle(s, lead.id));
    else if (wide) setOpenId(lead.id);
    else void Taro.navigateTo({ url: `/editor/pages/review/index?id=${encodeURIComponent(lead.id)}` });
  };

  const waiting = selectable(list.items);
  const allOn = waiting.length > 0 && waiting.every((l) => selection.has(l.id));
  const detail = !wide ? undefined : openId ? (
    <LeadReview id={openId} onChanged={() => setSelection(emptySelection())} />
  ) : (
    <EmptyState title="选择左侧的一条线索" hint="详情和审核意见会显示在这里" />
  );

  return (
    <DeskLayout className="queue" aside={detail}>
      <Tabs
        itemClass="js-tab"
        tabs={TAB_ORDER.filter((s) => LEAD_STATUSES.includes(s)).map((s) => ({
          key: s,
          label: (
            <>
              {LEAD_STATUS_LABELS[s]}
              {counts ? <View className={`tabs__count js-count-${s}`}>{counts[s]}</View> : null}
            </>
          ),
        }))}
        value={filters.status}
        onChange={(status) => setFilters({ ...filters, status })}
      />
      <FilterBar
        filters={filters}
        units={settings.units}
        categories={settings.categories}
        problem={problem}
        onChange={setFilters}
      />
      {settingsError ? <ErrorBanner message={settingsError} /> : null}
      {filters.status === 'submitted' ? (
        <View className="row-between queue__tools">
          <View className="muted">
            超过{settings.agingHours.amber}小时标黄，超过{settings.agingHours.red}小时标红
          </View>
          <View
            className={`xx-chip js-bulk-toggle ${picking ? 'xx-chip--on' : ''}`}
            onClick={() => {
              setPicking(!picking);
              setSelection(emptySelection());
            }}
          >
            {picking ? '退出批量' : '批量处理'}
          </View>
        </View>
      ) : null}
      {list.error ? <ErrorBanner message={list.error} onRetry={() => void list.refresh()} /> : null}
      {list.items.map((lead) => (
        <View key={lead.id} className="desk-pick">
          {picking && filters.status === 'submitted' ? (
            <View
              className={`desk-check js-pick ${selection.has(lead.id) ? 'desk-check--on js-picked' : ''}`}
              onClick={() => setSelection((s) => toggle(s, lead.id))}
            >
              {selection.has(lead.id) ? '✓' : ''}
            </View>
          ) : null}
          <LeadCard
            lead={lead}
            showAuthor
            className={`js-queue-item ${lead.id === openId && wide ? 'queue__item--open' : ''}`}
            badge={<AgingBadge lead={lead} limits={settings.agingHours} />}
            onClick={() => open(lead)}
          />
        </View>
      ))}
      {list.empty ? (
        <EmptyState
          title={`没有${filters.status ? LEAD_STATUS_LABELS[filters.status] : ''}的线索`}
          hint={filters.status === 'submitted' ? '新线索会出现在这里' : undefined}
        />
      ) : null}
      <ListFooter list={list} />
      {picking && filters.status === 'submitted' ? (
        <BulkBar
          ids={[...selection]}
          versions={versionsOf(list.items, selection)}
          allOn={allOn}
          onToggleAll={() => setSelection((s) => toggleAll(s, list.items))}
          onDone={refreshAll}
        />
      ) : null}
    </DeskLayout>
  );
}
