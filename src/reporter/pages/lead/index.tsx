// A reporter's own lead: where it stands, what the editor said, and where it ran.
import { View } from '@tarojs/components';
import ErrorBanner from '@/components/ErrorBanner';
import LeadBody from '@/components/LeadBody';
import LeadHistory from '@/components/LeadHistory';
import Loading from '@/components/Loading';
import { useRouteLead } from '@/hooks/useRouteLead';
import Articles from './Articles';
import ReplyBox from './ReplyBox';

export default function MyLeadPage() {
  const { lead, setLead, error, reload } = useRouteLead();

  if (error)
    return (
      <View className="page">
        <ErrorBanner message={error} onRetry={() => void reload()} />
      </View>
    );
  if (!lead)
    return (
      <View className="page">
        <Loading />
      </View>
    );
  return (
    <View className="page my-lead">
      {/* The editor's question comes first: it is what the reporter opened the page to answer. */}
      {lead.status === 'needs_info' ? <ReplyBox lead={lead} onReplied={setLead} /> : null}
      <LeadBody lead={lead} />
      <View className="card">
        <View className="card-title">审核记录</View>
        <LeadHistory lead={lead} />
      </View>
      <Articles articles={lead.articles} />
    </View>
  );
}
