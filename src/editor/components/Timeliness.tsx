// How fast this lead moved: hours from submission to the first decision and to the first publication.
import { View } from '@tarojs/components';
import type { AgingHours, LeadView } from '@core';
import { agingLevel, formatHours, hoursBetween } from '@/editor/lib/aging';

export default function Timeliness({ lead, limits }: { lead: LeadView; limits: AgingHours }) {
  const { hoursToDecision, hoursToFirstPublication } = lead.timeliness;
  const waiting = hoursToDecision === null ? hoursBetween(lead.createdAt, new Date()) : null;
  const late = waiting !== null && agingLevel(waiting, limits) !== 'fresh';
  return (
    <View className="card desk-timeliness js-timeliness">
      <View className="desk-figure">
        <View className={`desk-figure__value js-hours-to-decision ${late ? 'desk-figure__value--late' : ''}`}>
          {hoursToDecision !== null ? formatHours(hoursToDecision) : `已等${formatHours(waiting ?? 0)}`}
        </View>
        <View className="muted">{hoursToDecision !== null ? '报送到首次处理' : '还在等待处理'}</View>
      </View>
      <View className="desk-figure">
        <View className="desk-figure__value js-hours-to-publication">
          {hoursToFirstPublication !== null ? formatHours(hoursToFirstPublication) : '—'}
        </View>
        <View className="muted">{hoursToFirstPublication !== null ? '报送到首次刊发' : '尚未刊发'}</View>
      </View>
    </View>
  );
}
