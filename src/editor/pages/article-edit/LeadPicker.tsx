// Step one of a new article: tick the accepted leads it is written from (searchable, paged).
import { View } from '@tarojs/components';
import type { LeadView } from '@core';
import { useState } from 'react';
import AppButton from '@/components/AppButton';
import EmptyState from '@/components/EmptyState';
import ErrorBanner from '@/components/ErrorBanner';
import LeadCard from '@/components/LeadCard';
import ListFooter from '@/components/ListFooter';
import SearchBox from '@/components/SearchBox';
import { usePager } from '@/hooks/usePager';
import { call } from '@/services/cloud';

export default function LeadPicker({ onPicked }: { onPicked: (leads: LeadView[]) => void }) {
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<LeadView[]>([]);
  const list = usePager<LeadView>(['leads', 'queue', 'accepted', query], (cursor: string | null) =>
    call('leads', 'queue', { status: 'accepted', cursor, limit: 20, ...(query ? { q: query } : {}) }),
  );
  const isPicked = (id: string) => picked.some((l) => l.id === id);
  const toggle = (lead: LeadView) =>
    setPicked((p) => (isPicked(lead.id) ? p.filter((l) => l.id !== lead.id) : [...p, lead]));

  return (
    <View className="js-lead-picker">
      <View className="muted desk-gap">选择要写进稿件的线索（已采用、尚未成稿），可多选</View>
      <SearchBox className="js-picker-search" placeholder="搜索线索标题或正文" value={query} onSearch={setQuery} />
      {list.error ? <ErrorBanner message={list.error} onRetry={() => void list.refresh()} /> : null}
      {list.items.map((lead) => (
        <View key={lead.id} className="desk-pick">
          <View
            className={`desk-check js-pick ${isPicked(lead.id) ? 'desk-check--on js-picked' : ''}`}
            onClick={() => toggle(lead)}
          >
            {isPicked(lead.id) ? '✓' : ''}
          </View>
          <LeadCard lead={lead} showAuthor className="js-pick-lead" onClick={() => toggle(lead)} />
        </View>
      ))}
      {list.empty ? <EmptyState title="没有可写稿的线索" hint="在审核队列里采用线索后再来" /> : null}
      <ListFooter list={list} />
      <View className="card desk-sticky">
        <AppButton
          kind="primary"
          block
          className="js-use-leads"
          disabled={picked.length === 0}
          onClick={() => onPicked(picked)}
        >
          {picked.length === 0 ? '请先选择线索' : `用所选${picked.length}条线索写稿`}
        </AppButton>
      </View>
    </View>
  );
}
