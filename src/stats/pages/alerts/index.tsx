// 预警: units that went quiet, units below their monthly minimum, and units with no publicity platform.
import { View } from '@tarojs/components';
import { type ReactNode } from 'react';
import DeskLayout from '@/components/DeskLayout';
import ErrorBanner from '@/components/ErrorBanner';
import Loading from '@/components/Loading';
import { formatDate } from '@/lib/time';
import { chineseDate } from '@core/stats';
import { call } from '@/services/cloud';
import PeriodPicker from '@/stats/components/PeriodPicker';
import { useQuery } from '@/hooks/useQuery';
import { usePeriod } from '@/stats/hooks/usePeriod';
import '@/stats/components/stats.scss';

const monthName = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;

const shortDate = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

/**
 * Silence is looked for over the whole period up to today, each unit only while it existed: a unit quiet for two
 * months in spring that reported again in autumn is listed with that longest run. The title names the days judged.
 */
const silentTitle = (days: number, window: { from: string; to: string } | null) =>
  window
    ? `${chineseDate(window.from)}至${chineseDate(window.to)}间连续${days}天以上未报送线索的单位`
    : `连续${days}天以上未报送线索的单位（统计期尚未开始）`;

function Section({
  name,
  title,
  count,
  children,
}: {
  name: string;
  title: string;
  count: number;
  children: ReactNode;
}) {
  return (
    <View className={`card js-alerts-${name}`}>
      <View className="card-title">
        {title}（{count}）
      </View>
      {count === 0 ? <View className="muted">没有</View> : children}
    </View>
  );
}

export default function AlertsPage() {
  const [period, setPeriod] = usePeriod();
  const alerts = useQuery(
    ['stats', 'alerts', period],
    () => call('stats', 'alerts', { from: period.from, to: period.to }),
    { keepPrevious: true },
  );
  const a = alerts.data;

  return (
    <DeskLayout className="stats alerts">
      <PeriodPicker value={period} onChange={setPeriod} />
      {alerts.error ? <ErrorBanner message={alerts.error} onRetry={() => void alerts.reload()} /> : null}
      {alerts.loading && !a ? <Loading /> : null}
      {a ? (
        <>
          <Section name="silent" title={silentTitle(a.silentDays, a.silenceWindow)} count={a.silentUnits.length}>
            {a.silentUnits.map((u) => (
              <View key={u.id} className="stats-row js-alert-item">
                <View className="stats-row__main">
                  <View className="stats-row__title">{u.name}</View>
                  <View className="muted">
                    {shortDate(u.silentFrom)}至{shortDate(u.silentTo)}
                    {u.lastLeadAt ? `，最近报送 ${formatDate(u.lastLeadAt)}` : '，从未报送'}
                  </View>
                </View>
                <View className="stats-row__side">最长连续 {u.longestSilentDays} 天未报送</View>
              </View>
            ))}
          </Section>
          <Section name="minimum" title="未完成每月报送任务的单位" count={a.belowMinimum.length}>
            {a.belowMinimum.map((u) => (
              <View key={`${u.id}-${u.month}`} className="stats-row js-alert-item">
                <View className="stats-row__main">
                  <View className="stats-row__title">{u.name}</View>
                  <View className="muted">{monthName(u.month)}</View>
                </View>
                <View className="stats-row__side">
                  报送 {u.leads} / 要求 {u.minimum} 条
                </View>
              </View>
            ))}
          </Section>
          <Section name="platform" title="期末没有宣传平台的单位" count={a.withoutPlatform.length}>
            {a.withoutPlatform.map((u) => (
              <View key={u.id} className="stats-row js-alert-item">
                <View className="stats-row__main stats-row__title">{u.name}</View>
                <View className="stats-row__side">建议开通公众号或视频号</View>
              </View>
            ))}
          </Section>
        </>
      ) : null}
    </DeskLayout>
  );
}
