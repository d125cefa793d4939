// 统计看板: the period's figures and charts, from one stats.summary call.
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useMemo } from 'react';
import DeskLayout from '@/components/DeskLayout';
import ErrorBanner from '@/components/ErrorBanner';
import Loading from '@/components/Loading';
import {
  categoriesOption,
  firstPublicationOption,
  hasData,
  leadsByMonthOption,
  publicationsByLevelOption,
  unitsOption,
} from '@/stats/lib/charts';
import { periodQuery } from '@/stats/lib/period';
import { call } from '@/services/cloud';
import ChartCard from '@/stats/components/ChartCard';
import PeriodPicker from '@/stats/components/PeriodPicker';
import StatsNav from '@/stats/components/StatsNav';
import { useQuery } from '@/hooks/useQuery';
import { usePeriod } from '@/stats/hooks/usePeriod';
import Figures from './Figures';
import '@/stats/components/stats.scss';

export default function DashboardPage() {
  const [period, setPeriod] = usePeriod();
  const summary = useQuery(
    ['stats', 'summary', period],
    () => call('stats', 'summary', { from: period.from, to: period.to }),
    { keepPrevious: true },
  );
  const figures = summary.data?.figures;

  const charts = useMemo(() => {
    if (!figures) return null;
    return {
      months: leadsByMonthOption(figures.leadsByMonth),
      levels: publicationsByLevelOption(figures.publicationsByLevel),
      units: unitsOption(figures.leadsByUnit),
      categories: categoriesOption(figures.leadsByCategory),
      firstPublication: firstPublicationOption(figures.hoursToFirstPublicationBuckets),
    };
  }, [figures]);

  const open = (page: string) => () =>
    void Taro.navigateTo({ url: `/stats/pages/${page}/index?${periodQuery(period)}` });

  return (
    <DeskLayout className="stats dashboard">
      <PeriodPicker value={period} onChange={setPeriod} />
      <StatsNav period={period} />
      {summary.error ? <ErrorBanner message={summary.error} onRetry={() => void summary.reload()} /> : null}
      {summary.loading && !figures ? <Loading /> : null}
      {figures && charts ? (
        <View className={summary.loading ? 'stats--stale' : 'js-dashboard-ready'}>
          <Figures figures={figures} onAlerts={open('alerts')} onWorkPlan={open('workplan')} />
          <View className="charts">
            <ChartCard
              name="months"
              title="每月线索（按当前状态）"
              option={charts.months}
              empty={!hasData(figures.leadsByMonth.map((m) => m.total))}
            />
            <ChartCard name="levels" title="刊发层级" option={charts.levels} empty={figures.publicationsTotal === 0} />
            <ChartCard
              name="units"
              title="各单位线索与采用率"
              height={280}
              option={charts.units}
              empty={!hasData(figures.leadsByUnit.map((u) => u.leadsSubmitted))}
            />
            <ChartCard
              name="categories"
              title="线索类别"
              height={Math.max(160, figures.leadsByCategory.length * 26 + 24)}
              option={charts.categories}
              empty={figures.leadsByCategory.length === 0}
            />
            <ChartCard
              name="firstPublication"
              title="报送到首次刊发用时（线索条数）"
              option={charts.firstPublication}
              empty={!hasData(Object.values(figures.hoursToFirstPublicationBuckets))}
            />
          </View>
        </View>
      ) : null}
    </DeskLayout>
  );
}
