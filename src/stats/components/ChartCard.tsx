// A titled card holding one chart, or a line of text when the period has nothing to draw.
import { View } from '@tarojs/components';
import Chart from '@/components/Chart';
import type { ChartOption, ChartTap } from '@/components/Chart/types';

interface Props {
  title: string;
  option: ChartOption;
  empty: boolean;
  name: string;
  height?: number;
  onTap?: (tap: ChartTap) => void;
}

export default function ChartCard({ title, option, empty, name, height, onTap }: Props) {
  return (
    <View className={`card stats-chart js-chart-card js-chart-${name}`}>
      <View className="card-title">{title}</View>
      {empty ? (
        <View className="muted stats-chart__empty">该时段暂无数据</View>
      ) : (
        <Chart option={option} height={height} onTap={onTap} />
      )}
    </View>
  );
}
