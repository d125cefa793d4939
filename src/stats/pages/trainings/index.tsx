// 培训（队伍建设）: trainings of the period, newest first, and the form to record or correct one.
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import DeskLayout from '@/components/DeskLayout';
import AppButton from '@/components/AppButton';
import EmptyState from '@/components/EmptyState';
import ErrorBanner from '@/components/ErrorBanner';
import ListFooter from '@/components/ListFooter';
import { usePager } from '@/hooks/usePager';
import { chinaToday } from '@/stats/lib/period';
import { emptyTraining, formFromTraining, type TrainingForm } from '@/stats/lib/trainingForm';
import { call } from '@/services/cloud';
import PeriodPicker from '@/stats/components/PeriodPicker';
import { usePeriod } from '@/stats/hooks/usePeriod';
import TrainingEditor from './TrainingEditor';
import '@/stats/components/stats.scss';
import './index.scss';

export default function TrainingsPage() {
  const [period, setPeriod] = usePeriod();
  const [editing, setEditing] = useState<TrainingForm | null>(null);
  const list = usePager(['trainings', 'list', period], (cursor: string | null) =>
    call('trainings', 'list', { from: period.from, to: period.to, cursor, limit: 20 }),
  );

  const saved = () => {
    setEditing(null);
    void Taro.showToast({ title: '已保存', icon: 'success' });
  };

  return (
    <DeskLayout className="stats trainings">
      <PeriodPicker value={period} onChange={setPeriod} />
      {editing ? (
        <TrainingEditor key={editing.id ?? 'new'} initial={editing} onSaved={saved} onCancel={() => setEditing(null)} />
      ) : (
        <AppButton
          kind="primary"
          block
          className="js-training-new training__new"
          onClick={() => setEditing(emptyTraining(chinaToday()))}
        >
          新增培训
        </AppButton>
      )}
      {list.error ? <ErrorBanner message={list.error} onRetry={() => void list.refresh()} /> : null}
      <View className="card">
        {list.items.map((t) => (
          <View key={t.id} className="stats-row js-training-item" onClick={() => setEditing(formFromTraining(t))}>
            <View className="stats-row__main">
              <View className="stats-row__title">{t.topic}</View>
              <View className="muted">
                {t.date} · 授课：{t.trainer}
              </View>
              <View className="muted training__people">
                {t.attendees.map((a) => a.name).join('、') || '未登记参训人员'}
              </View>
            </View>
            <View className="stats-row__side">{t.attendees.length}人 ›</View>
          </View>
        ))}
        {list.empty ? <EmptyState title="该时段没有培训记录" hint="培训次数和参训人数会写入年度总结" /> : null}
        <ListFooter list={list} />
      </View>
    </DeskLayout>
  );
}
