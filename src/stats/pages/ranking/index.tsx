// 积分排行: reporters or units by assessment points for the period; tapping a score shows the records behind it.
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { RankBy } from '@core/stats';
import ChoiceChips from '@/components/ChoiceChips';
import DeskLayout from '@/components/DeskLayout';
import EmptyState from '@/components/EmptyState';
import ErrorBanner from '@/components/ErrorBanner';
import ListFooter from '@/components/ListFooter';
import { usePager } from '@/hooks/usePager';
import { formatPoints } from '@/stats/lib/format';
import { call } from '@/services/cloud';
import PeriodPicker from '@/stats/components/PeriodPicker';
import { usePeriod } from '@/stats/hooks/usePeriod';
import ExplainPanel, { type Explained } from './ExplainPanel';
import '@/stats/components/stats.scss';
import './index.scss';

const BY_OPTIONS: { value: RankBy; label: string }[] = [
  { value: 'reporter', label: '按通讯员' },
  { value: 'unit', label: '按单位' },
];

export default function RankingPage() {
  const [period, setPeriod] = usePeriod();
  const [by, setBy] = useState<RankBy>('reporter');
  const [explained, setExplained] = useState<Explained | null>(null);
  const list = usePager(['stats', 'ranking', period, by], (cursor: string | null) =>
    call('stats', 'ranking', { from: period.from, to: period.to, by, cursor, limit: 20 }),
  );

  const explain = (who: Explained) => {
    setExplained(who);
    // On a phone the detail sits below the list: bring it into view.
    setTimeout(() => void Taro.pageScrollTo({ selector: '.js-explain', duration: 200 }).catch(() => undefined), 100);
  };

  return (
    <DeskLayout
      className="stats ranking"
      aside={
        explained ? <ExplainPanel period={period} who={explained} onClose={() => setExplained(null)} /> : undefined
      }
    >
      <PeriodPicker
        value={period}
        onChange={(p) => {
          setExplained(null);
          setPeriod(p);
        }}
      />
      <ChoiceChips
        className="ranking__by"
        options={BY_OPTIONS}
        value={by}
        onChange={(v) => {
          setExplained(null);
          setBy(v);
        }}
      />
      {list.error ? <ErrorBanner message={list.error} onRetry={() => void list.refresh()} /> : null}
      <View className="card">
        {list.items.map((row, i) => (
          <View key={row.id} className={`stats-row js-rank-row ${explained?.id === row.id ? 'ranking__row--on' : ''}`}>
            <View className="ranking__place">{i + 1}</View>
            <View className="stats-row__main">
              <View className="stats-row__title js-rank-name">{row.name}</View>
              <View className="muted">
                {row.unitName ? `${row.unitName} · ` : ''}报送{row.leadsSubmitted} 采用{row.leadsAccepted} 刊发稿件
                {row.articles}
              </View>
            </View>
            <View
              className="ranking__points js-rank-points"
              onClick={() => explain({ by, id: row.id, name: row.name, points: row.points })}
            >
              {formatPoints(row.points)}
              <View className="ranking__points-unit">分 ›</View>
            </View>
          </View>
        ))}
        {list.empty ? <EmptyState title="该时段还没有积分" /> : null}
        <ListFooter list={list} />
      </View>
    </DeskLayout>
  );
}
