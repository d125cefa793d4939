// 我的线索: what is still on its way (the outbox), then the server's list, newest first, filtered by status,
// page by page, pull down to refresh.
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { LEAD_STATUS_LABELS, type LeadStatus } from '@core';
import { useEffect, useRef, useState } from 'react';
import AppButton from '@/components/AppButton';
import EmptyState from '@/components/EmptyState';
import ErrorBanner from '@/components/ErrorBanner';
import LeadCard from '@/components/LeadCard';
import ListFooter from '@/components/ListFooter';
import Tabs from '@/components/Tabs';
import { usePager } from '@/hooks/usePager';
import { useOutbox } from '@/hooks/useOutbox';
import { call } from '@/services/cloud';
import OutboxList from '@/reporter/components/OutboxList';
import './index.scss';

// The chips say what the status tags say: one label per status, from the core's vocabulary.
const FILTERS: { key: LeadStatus | 'all'; label: string }[] = [
  { key: 'all', label: '全部' },
  ...(['submitted', 'needs_info', 'accepted', 'used', 'rejected'] as const).map((key) => ({
    key,
    label: LEAD_STATUS_LABELS[key],
  })),
];

export default function MyLeadsPage() {
  const [status, setStatus] = useState<LeadStatus | undefined>();
  const list = usePager(['leads', 'mine', status ?? 'all'], (cursor: string | null) =>
    call('leads', 'mine', { cursor, limit: 20, status }),
  );
  const { items: outbox } = useOutbox();

  // A lead the outbox just delivered appears in the list without a manual refresh.
  const delivered = outbox.filter((i) => i.state === 'submitted').length;
  const seen = useRef(delivered);
  useEffect(() => {
    if (delivered > seen.current) void list.refresh();
    seen.current = delivered;
  }, [delivered]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <View className="page mine">
      <Tabs
        pills
        className="js-filters"
        itemClass="js-filter"
        tabs={FILTERS}
        value={status ?? 'all'}
        onChange={(key) => setStatus(key === 'all' ? undefined : key)}
      />
      <View className="row mine__links">
        <View
          className="mine__link js-outbox-link"
          onClick={() => void Taro.navigateTo({ url: '/reporter/pages/outbox/index' })}
        >
          发件箱 ›
        </View>
        <View
          className="mine__link js-drafts-link"
          onClick={() => void Taro.navigateTo({ url: '/reporter/pages/drafts/index' })}
        >
          草稿箱 ›
        </View>
      </View>
      {!status ? <OutboxList which={(i) => i.state !== 'submitted'} /> : null}
      {list.error ? (
        <ErrorBanner message={list.error} onRetry={() => void (list.loaded ? list.loadMore() : list.refresh())} />
      ) : null}
      {list.items.map((lead) => (
        <LeadCard
          key={lead.id}
          lead={lead}
          className="js-lead-item"
          onClick={() => void Taro.navigateTo({ url: `/reporter/pages/lead/index?id=${encodeURIComponent(lead.id)}` })}
        />
      ))}
      {list.empty ? (
        <EmptyState title={status ? '没有这个状态的线索' : '还没有报过线索'} hint="身边有新鲜事？随手报给镇宣传办">
          <AppButton
            kind="primary"
            className="js-new-lead"
            onClick={() => void Taro.redirectTo({ url: '/reporter/pages/lead-form/index' })}
          >
            报线索
          </AppButton>
        </EmptyState>
      ) : null}
      <ListFooter list={list} />
    </View>
  );
}
