// 审核线索: the lead with photos and history, and the editor's decision.
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { LEAD_STATUS_LABELS, type LeadView } from '@core';
import { useState } from 'react';
import ErrorBanner from '../../../components/ErrorBanner';
import LeadBody from '../../../components/LeadBody';
import LeadHistory from '../../../components/LeadHistory';
import Loading from '../../../components/Loading';
import { useRouteLead } from '../../../hooks/useRouteLead';
import DecisionPanel from './DecisionPanel';
import './index.scss';

export default function ReviewPage() {
  const { lead, setLead, error, reload } = useRouteLead();
  const [decided, setDecided] = useState(false);

  const onDecided = (next: LeadView) => {
    setLead(next);
    setDecided(true);
    void Taro.showToast({ title: `已处理：${LEAD_STATUS_LABELS[next.status]}`, icon: 'none' });
  };

  if (error && !lead) return <View className='page'><ErrorBanner message={error} onRetry={() => void reload()} /></View>;
  if (!lead) return <View className='page'><Loading /></View>;
  return (
    <View className='page review'>
      {decided ? (
        <View className='review__result js-review-result'>
          已处理，线索状态：<View className='review__status js-new-status'>{LEAD_STATUS_LABELS[lead.status]}</View>
        </View>
      ) : null}
      <LeadBody lead={lead} showAuthor />
      <View className='card'>
        <View className='card-title'>处理记录</View>
        <LeadHistory lead={lead} />
      </View>
      <DecisionPanel lead={lead} onDecided={onDecided} onStale={() => void reload()} />
    </View>
  );
}
