// One lead in a list (我的线索, 审核队列): title, status, urgent flag and a line of who/when.
import { View } from '@tarojs/components';
import type { LeadView } from '@core';
import type { ReactNode } from 'react';
import { formatAge } from '@/lib/time';
import StatusTag from '@/components/StatusTag';
import Tag from '@/components/Tag';
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
      <View className='lead-card__top'>
        {lead.urgent ? (
          <Tag tone='danger' className='js-urgent-tag lead-card__urgent'>
            紧急
          </Tag>
        ) : null}
        <View className='lead-card__title js-lead-title'>{lead.title}</View>
        {badge}
        <StatusTag lead={lead} />
      </View>
      <View className='lead-card__meta'>
        <View className='js-lead-who'>{who}</View>
        <View className='js-age'>{formatAge(lead.createdAt)}</View>
      </View>
    </View>
  );
}
