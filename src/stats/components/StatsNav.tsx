// The stats pages' links, each opening with the period the person is looking at.
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { periodQuery, type Period } from '@/stats/lib/period';
import { getAccount } from '@/services/session';

const LINKS = [
  { page: 'ranking', label: '积分排行' },
  { page: 'alerts', label: '预警' },
  { page: 'summary', label: '年度总结与导出' },
  { page: 'trainings', label: '培训' },
  { page: 'activities', label: '活动台账' },
  { page: 'workplan', label: '工作要点' },
  { page: 'rules', label: '考核办法', admin: true },
  { page: 'reach', label: '新媒体月报', admin: true },
];

export default function StatsNav({ period }: { period: Period }) {
  const admin = getAccount()?.role === 'admin';
  return (
    <View className="stats-nav">
      {LINKS.filter((l) => !l.admin || admin).map((l) => (
        <View
          key={l.page}
          className={`stats-nav__item js-nav-${l.page}`}
          onClick={() => void Taro.navigateTo({ url: `/stats/pages/${l.page}/index?${periodQuery(period)}` })}
        >
          {l.label}
        </View>
      ))}
    </View>
  );
}
