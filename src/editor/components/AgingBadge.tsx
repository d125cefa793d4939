// "已等1天6小时" in amber or red on a lead waiting past the township's thresholds; nothing otherwise.
import type { AgingHours, LeadView } from '@core';
import Tag from '@/components/Tag';
import { agingBadge } from '@/editor/lib/aging';

export default function AgingBadge({ lead, limits }: { lead: LeadView; limits: AgingHours }) {
  const badge = agingBadge(lead, limits);
  if (!badge) return null;
  return (
    <Tag tone={badge.level === 'red' ? 'danger' : 'warning'} className={`desk-aging js-aging js-aging-${badge.level}`}>
      {badge.text}
    </Tag>
  );
}
