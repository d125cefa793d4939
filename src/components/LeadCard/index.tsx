// One lead in a list (我的线索, 审核队列): title, status, urgent flag and a line of who/when.
import { View } from '@tarojs/components';
import type { LeadView } from '@core';
import type { ReactNode } from 'react';
import { formatAge } from '@/lib/time';
import ModerationNote from '@/components/ModerationNote';
import StatusTag from '@/components/StatusTag';
import { UrgentTag } from '@/components/Tag';
import './index.scss';

interface Props {
  lead: LeadView;
  /** Editors see who sent it and from which unit; reporters see the category. */
  showAuthor?: boolean;
  className?: string;
  /** Shown before the status (the queue's aging badge). */
  badge?: ReactNode;
  onClick: () => void;
}

export default function LeadCard({ lead, showAuthor, className, badge, onClick }: Props) {
  const who = showAuthor ? [lead.unitName, lead.authorName].filter(Boolean).join(' · ') : lead.category;
  return (
    <View className={`card lead-card ${className ?? ''}`} data-id={lead.id} onClick={onClick}>
      {/* The title shares its row with the status only: the flags go to the line below, so a narrow desk column
          still shows a readable title. */}
      <View className="lead-card__top">
        <View className="lead-card__title js-lead-title">{lead.title}</View>
        <StatusTag lead={lead} />
      </View>
      <ModerationNote moderation={lead.moderation} desk={Boolean(showAuthor)} compact />
      <View className="lead-card__meta">
        <View className="lead-card__flags">
          <UrgentTag urgent={lead.urgent} />
          {badge}
          <View className="lead-card__who js-lead-who">{who}</View>
        </View>
        <View className="lead-card__age js-age">{formatAge(lead.createdAt)}</View>
      </View>
    </View>
  );
}
