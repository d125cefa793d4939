// The content of a lead as submitted: title, facts, text and photos.
import { View } from '@tarojs/components';
import type { LeadView } from '@core';
import { formatDateTime } from '@/lib/time';
import PhotoGrid from '@/components/PhotoGrid';
import ModerationNote from '@/components/ModerationNote';
import StatusTag from '@/components/StatusTag';
import { UrgentTag } from '@/components/Tag';
import './index.scss';

export default function LeadBody({ lead, showAuthor }: { lead: LeadView; showAuthor?: boolean }) {
  const facts: [string, string | null][] = [
    ['类别', lead.category],
    ['发生时间', lead.occurredAt ? formatDateTime(lead.occurredAt) : null],
    ['地点', lead.place],
    ['报送时间', formatDateTime(lead.createdAt)],
    ...(showAuthor
      ? ([
          ['通讯员', lead.authorName],
          ['单位', lead.unitName],
        ] as [string, string | null][])
      : []),
  ];
  return (
    <View className="card lead-body">
      <View className="lead-body__head">
        <UrgentTag urgent={lead.urgent} />
        <StatusTag lead={lead} />
      </View>
      <ModerationNote moderation={lead.moderation} desk={Boolean(showAuthor)} />
      <View className="lead-body__title js-lead-title">{lead.title}</View>
      <View className="lead-body__facts">
        {facts
          .filter(([, v]) => Boolean(v))
          .map(([k, v]) => (
            <View key={k} className="lead-body__fact">
              <View className="lead-body__key">{k}</View>
              <View className={`lead-body__value js-fact-${k}`}>{v}</View>
            </View>
          ))}
      </View>
      <View className="lead-body__text js-lead-body">{lead.body}</View>
      <PhotoGrid photos={lead.photos} />
    </View>
  );
}
