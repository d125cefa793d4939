// 审核队列: urgent first, then oldest first (the server's order), filtered by status.
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { LEAD_STATUS_LABELS, type LeadStatus } from '@core';
import { useCallback, useState } from 'react';
import EmptyState from '../../../components/EmptyState';
import ErrorBanner from '../../../components/ErrorBanner';
import LeadCard from '../../../components/LeadCard';
import ListFooter from '../../../components/ListFooter';
import { usePager } from '../../../hooks/usePager';
import { call } from '../../../services/cloud';
import './index.scss';

const TABS: LeadStatus[] = ['submitted', 'needs_info', 'accepted', 'rejected'];

export default function QueuePage() {
  const [status, setStatus] = useState<LeadStatus>('submitted');
  const fetchPage = useCallback((cursor: string | null) => call('leads', 'queue', { status, cursor, limit: 20 }), [status]);
  const list = usePager(fetchPage);

  return (
    <View className='page queue'>
      <View className='tabs'>
        {TABS.map((s) => (
          <View key={s} className={`tabs__item js-tab js-tab-${s} ${s === status ? 'tabs__item--on' : ''}`} onClick={() => setStatus(s)}>
            {LEAD_STATUS_LABELS[s]}
          </View>
        ))}
      </View>
      {list.error ? <ErrorBanner message={list.error} onRetry={() => void list.refresh()} /> : null}
      {list.items.map((lead) => (
        <LeadCard
          key={lead.id}
          lead={lead}
          showAuthor
          className='js-queue-item'
          onClick={() => void Taro.navigateTo({ url: `/editor/pages/review/index?id=${encodeURIComponent(lead.id)}` })}
        />
      ))}
      {list.loaded && !list.loading && list.items.length === 0 && !list.error ? (
        <EmptyState title={`没有${LEAD_STATUS_LABELS[status]}的线索`} hint={status === 'submitted' ? '新线索会出现在这里' : undefined} />
      ) : null}
      <ListFooter list={list} />
    </View>
  );
}
