// The editors' home-page card that opens the dashboard. It lives in the main package: it imports nothing but
// Taro, so the stats subpackage (and its charts) loads only when tapped.
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';

export const DASHBOARD_PAGE = '/stats/pages/dashboard/index';

export default function StatsShortcut() {
  return (
    <View
      className="card js-stats-link"
      style={{ cursor: 'pointer' }}
      onClick={() => void Taro.navigateTo({ url: DASHBOARD_PAGE })}
    >
      <View className="card-title">统计与年度总结</View>
      <View className="muted">用稿、积分排行、培训和年度总结导出 ›</View>
    </View>
  );
}
