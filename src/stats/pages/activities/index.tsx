// 宣传活动台账: the period's activities newest first, filtered by kind, and the form to record or correct one.
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { ACTIVITY_KINDS, type ActivityKind } from '@core/vocabulary';
import DeskLayout from '@/components/DeskLayout';
import AppButton from '@/components/AppButton';
import ChoiceChips from '@/components/ChoiceChips';
import EmptyState from '@/components/EmptyState';
import ErrorBanner from '@/components/ErrorBanner';
import ListFooter from '@/components/ListFooter';
import { usePager } from '@/hooks/usePager';
import { chinaToday } from '@/stats/lib/period';
import { emptyActivity, formFromActivity, type ActivityForm } from '@/stats/lib/activityForm';
import { call } from '@/services/cloud';
import PeriodPicker from '@/stats/components/PeriodPicker';
import { usePeriod } from '@/stats/hooks/usePeriod';
import ActivityEditor from './ActivityEditor';
import '@/stats/components/stats.scss';
import './index.scss';

const FILTERS = [
  { value: '', label: '全部' },
  ...ACTIVITY_KINDS.map((k): { value: string; label: string } => ({ value: k, label: k })),
];

export default function ActivitiesPage() {
  const [period, setPeriod] = usePeriod();
  const [kind, setKind] = useState<ActivityKind | undefined>(undefined);
  const [editing, setEditing] = useState<ActivityForm | null>(null);
  const list = usePager(['activities', 'list', period, kind ?? ''], (cursor: string | null) =>
    call('activities', 'list', { from: period.from, to: period.to, ...(kind ? { kind } : {}), cursor, limit: 20 }),
  );

  const saved = () => {
    setEditing(null);
    void Taro.showToast({ title: '已保存', icon: 'success' });
  };

  return (
    <DeskLayout className="stats activities">
      <PeriodPicker value={period} onChange={setPeriod} />
      {editing ? (
        <ActivityEditor key={editing.id ?? 'new'} initial={editing} onSaved={saved} onCancel={() => setEditing(null)} />
      ) : (
        <AppButton
          kind="primary"
          block
          className="js-activity-new activity__new"
          onClick={() => setEditing(emptyActivity(chinaToday()))}
        >
          登记活动
        </AppButton>
      )}
      <ChoiceChips
        className="js-activity-filter"
        options={FILTERS}
        value={kind ?? ''}
        onChange={(picked) => setKind((picked || undefined) as ActivityKind | undefined)}
      />
      {list.error ? <ErrorBanner message={list.error} onRetry={() => void list.refresh()} /> : null}
      <View className="card">
        {list.items.map((a) => (
          <View key={a.id} className="stats-row js-activity-item" onClick={() => setEditing(formFromActivity(a))}>
            <View className="stats-row__main">
              <View className="stats-row__title">{a.title}</View>
              <View className="muted">
                {a.date} · {a.kind}
                {a.unit ? ` · ${a.unit.name}` : ''}
              </View>
            </View>
            <View className="stats-row__side">
              {a.participants}人{a.batches > 1 ? `·${a.batches}批` : ''} ›
            </View>
          </View>
        ))}
        {list.loaded && !list.loading && list.items.length === 0 && !list.error ? (
          <EmptyState title="该时段没有活动记录" hint="活动场次、人数和批次会写入年度总结" />
        ) : null}
        <ListFooter list={list} />
      </View>
    </DeskLayout>
  );
}
