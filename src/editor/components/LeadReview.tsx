// Everything about one lead on the desk: content and photos, how long it took, where it ran, its history,
// and what the editor can do next (decide, merge, mark a highlight, write an article).
// The review page shows it alone; on a wide screen the queue shows it beside the list.
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { LEAD_STATUS_LABELS, type LeadView } from '@core';
import { useState } from 'react';
import AppButton from '@/components/AppButton';
import ErrorBanner from '@/components/ErrorBanner';
import LeadBody from '@/components/LeadBody';
import LeadHistory from '@/components/LeadHistory';
import Loading from '@/components/Loading';
import { useDeskSettings } from '@/editor/hooks/useDeskSettings';
import { leadsChanged, useLead } from '@/hooks/useLead';
import DecisionPanel from './DecisionPanel';
import HighlightPanel from './HighlightPanel';
import MergePanel from './MergePanel';
import ModerationPanel from './ModerationPanel';
import Provenance from './Provenance';
import Timeliness from './Timeliness';

export const articleFromLeadsPage = (ids: string[]) =>
  `/editor/pages/article-edit/index?leads=${encodeURIComponent(ids.join(','))}`;

interface Props {
  id: string;
  /** Tells the list beside it that the lead changed (status, highlight). */
  onChanged?: (lead: LeadView) => void;
}

export default function LeadReview({ id, onChanged }: Props) {
  const { lead, setLead, error, reload } = useLead(id);
  const { settings } = useDeskSettings();
  const [decided, setDecided] = useState('');

  const changed = (next: LeadView) => {
    setLead(next);
    // The queue's lists and counts (here beside it, or on the page below this one) show the new status.
    leadsChanged();
    onChanged?.(next);
  };
  const onDecided = (next: LeadView) => {
    changed(next);
    setDecided(next.id);
    void Taro.showToast({ title: `已处理：${LEAD_STATUS_LABELS[next.status]}`, icon: 'none' });
  };

  if (error && !lead) return <ErrorBanner message={error} onRetry={() => void reload()} />;
  if (!lead) return <Loading />;
  const usable = lead.status === 'accepted' || lead.status === 'used';
  return (
    <View className="review">
      {decided === lead.id ? (
        <View className="review__result js-review-result">
          已处理，线索状态：<View className="review__status js-new-status">{LEAD_STATUS_LABELS[lead.status]}</View>
        </View>
      ) : null}
      <LeadBody lead={lead} showAuthor />
      <ModerationPanel lead={lead} onChanged={changed} onStale={() => void reload()} />
      <Timeliness lead={lead} limits={settings.agingHours} />
      {usable ? (
        <AppButton
          kind="primary"
          block
          className="desk-gap js-write-article"
          onClick={() => void Taro.navigateTo({ url: articleFromLeadsPage([lead.id]) })}
        >
          用这条线索写稿
        </AppButton>
      ) : null}
      <Provenance lead={lead} />
      <DecisionPanel lead={lead} onDecided={onDecided} onStale={() => void reload()} />
      {lead.status === 'submitted' ? (
        <MergePanel lead={lead} onDecided={onDecided} onStale={() => void reload()} />
      ) : null}
      {usable ? <HighlightPanel lead={lead} sections={settings.highlightSections} onChanged={changed} /> : null}
      <View className="card">
        <View className="card-title">处理记录</View>
        <LeadHistory lead={lead} />
      </View>
    </View>
  );
}
