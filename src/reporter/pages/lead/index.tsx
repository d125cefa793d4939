// A reporter's own lead: where it stands, what the editor said, and where it ran.
import { View } from '@tarojs/components';
import { useLoad } from '@tarojs/taro';
import type { LeadView } from '@core';
import { useState } from 'react';
import ErrorBanner from '../../../components/ErrorBanner';
import LeadBody from '../../../components/LeadBody';
import LeadHistory from '../../../components/LeadHistory';
import Loading from '../../../components/Loading';
import { call } from '../../../services/cloud';
import { messageOf } from '../../../services/envelope';
import Articles from './Articles';
import ReplyBox from './ReplyBox';

export default function MyLeadPage() {
  const [lead, setLead] = useState<LeadView | null>(null);
  const [error, setError] = useState('');
  const [id, setId] = useState('');

  const load = async (leadId: string) => {
    setError('');
    try {
      setLead(await call('leads', 'get', { id: leadId }));
    } catch (err) {
      setError(messageOf(err));
    }
  };

  useLoad((params: Record<string, string | undefined>) => {
    const leadId = decodeURIComponent(params.id ?? '');
    setId(leadId);
    void load(leadId);
  });

  if (error) return <View className='page'><ErrorBanner message={error} onRetry={() => void load(id)} /></View>;
  if (!lead) return <View className='page'><Loading /></View>;
  return (
    <View className='page my-lead'>
      <LeadBody lead={lead} />
      {lead.status === 'needs_info' ? <ReplyBox lead={lead} onReplied={setLead} /> : null}
      <View className='card'>
        <View className='card-title'>审核记录</View>
        <LeadHistory lead={lead} />
      </View>
      <Articles articles={lead.articles} />
    </View>
  );
}
