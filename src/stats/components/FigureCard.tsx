// One figure of the summary: a big number, what it counts, and a line of detail.
import { View } from '@tarojs/components';

interface Props {
  /** The figure's name in stats.summary (tests find the card by it). */
  name: string;
  label: string;
  value: string;
  unit?: string;
  detail?: string;
  onClick?: () => void;
}

export default function FigureCard({ name, label, value, unit, detail, onClick }: Props) {
  return (
    <View className={`figure js-figure js-figure-${name} ${onClick ? 'figure--link' : ''}`} onClick={onClick}>
      <View className="figure__label">{label}</View>
      <View className="figure__value">
        <View className="figure__number js-figure-value">{value}</View>
        {unit ? <View className="figure__unit">{unit}</View> : null}
      </View>
      {detail ? <View className="figure__detail">{detail}</View> : null}
    </View>
  );
}
