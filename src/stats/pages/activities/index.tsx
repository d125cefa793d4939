// 宣传活动台账: the period's activities newest first, filtered by kind, and the form to record or correct one.
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { MeView } from '@core';
import { ACTIVITY_KINDS } from '@core/vocabulary';
import DeskLayout from '@/components/DeskLayout';
import AppButton from '@/components/AppButton';
import ChoiceChips from '@/components/ChoiceChips';
import EmptyState from '@/components/EmptyState';
import ErrorBanner from '@/components/ErrorBanner';
import ListFooter from '@/components/ListFooter';
import { usePager } from '@/hooks/usePager';
import { useQuery } from '@/hooks/useQuery';
import { chinaToday } from '@/stats/lib/period';
import { emptyActivity, formFromActivity, type ActivityForm } from '@/stats/lib/activityForm';
import { call } from '@/services/cloud';
import PeriodPicker from '@/stats/components/PeriodPicker';
import { usePeriod } from '@/stats/hooks/usePeriod';
import ActivityEditor from './ActivityEditor';
import '@/stats/components/stats.scss';
import './index.scss';

export default function ActivitiesPage() {
  const [period, setPeriod] = usePeriod();
  const [kind, setKind] = useState<string | undefined>(undefined);
  // The township's kinds (镇设置); the defaults until they arrive, and the server checks the kind anyway.
  const me = useQuery<MeView>(['accounts', 'me'], () => call('accounts', 'me', {}));
  const kinds = me.data?.activityKinds ?? ACTIVITY_KINDS;
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
        <ActivityEditor
          key={editing.id ?? 'new'}
          initial={editing}
          kinds={kinds}
          onSaved={saved}
          onCancel={() => setEditing(null)}
        />
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
        options={[{ value: '', label: '全部' }, ...kinds.map((k) => ({ value: k, label: k }))]}
        value={kind ?? ''}
        onChange={(picked) => setKind(picked || undefined)}
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
        {list.empty ? <EmptyState title="该时段没有活动记录" hint="活动场次、人数和批次会写入年度总结" /> : null}
        <ListFooter list={list} />
      </View>
    </DeskLayout>
  );
}
