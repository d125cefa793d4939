// 我的线索: newest first, page by page, pull down to refresh.
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback } from 'react';
import AppButton from '../../../components/AppButton';
import EmptyState from '../../../components/EmptyState';
import ErrorBanner from '../../../components/ErrorBanner';
import LeadCard from '../../../components/LeadCard';
import ListFooter from '../../../components/ListFooter';
import { usePager } from '../../../hooks/usePager';
import { call } from '../../../services/cloud';

export default function MyLeadsPage() {
  const fetchPage = useCallback((cursor: string | null) => call('leads', 'mine', { cursor, limit: 20 }), []);
  const list = usePager(fetchPage);

  return (
    <View className='page mine'>
      {list.error ? <ErrorBanner message={list.error} onRetry={() => void (list.loaded ? list.loadMore() : list.refresh())} /> : null}
      {list.items.map((lead) => (
        <LeadCard
          key={lead.id}
          lead={lead}
          className='js-lead-item'
          onClick={() => void Taro.navigateTo({ url: `/reporter/pages/lead/index?id=${encodeURIComponent(lead.id)}` })}
        />
      ))}
      {list.loaded && list.items.length === 0 && !list.error ? (
        <EmptyState title='还没有报过线索' hint='身边有新鲜事？随手报给镇宣传办'>
          <AppButton kind='primary' className='js-new-lead' onClick={() => void Taro.redirectTo({ url: '/reporter/pages/lead-form/index' })}>
            报线索
          </AppButton>
        </EmptyState>
      ) : null}
      <ListFooter list={list} />
    </View>
  );
}
