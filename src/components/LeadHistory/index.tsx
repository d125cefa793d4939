// The editors' decisions on a lead and the reporter's replies, oldest first, as both sides read them.
import { View } from '@tarojs/components';
import { DECISION_LABELS, statusAfterDecision, type LeadView } from '@core';
import { statusTag } from '@/lib/leadStatusStyle';
import { formatDateTime } from '@/lib/time';
import Tag from '@/components/Tag';
import './index.scss';

interface Entry {
  at: string;
  who: string;
  label: string;
  tone: ReturnType<typeof statusTag>['tone'];
  text: string | null;
}

function entries(lead: LeadView): Entry[] {
  const decisions = lead.history.map((h): Entry => {
    // "已采用" rather than "采用": the reporter reads what became of the lead.
    const after = statusAfterDecision('submitted', h.decision);
    const tag = after ? statusTag(after) : { label: DECISION_LABELS[h.decision], tone: 'muted' as const };
    return { at: h.at, who: h.byName || '编辑', label: tag.label, tone: tag.tone, text: h.note };
  });
  const replies = lead.replies.map((r): Entry => ({
    at: r.at,
    who: lead.authorName || '通讯员',
    label: '补充',
    tone: 'info',
    text: r.text,
  }));
  return [...decisions, ...replies].sort((a, b) => a.at.localeCompare(b.at));
}

export default function LeadHistory({ lead }: { lead: LeadView }) {
  const list = entries(lead);
  if (list.length === 0) return <View className="muted">还没有处理记录</View>;
  return (
    <View className="history">
      {list.map((e, i) => (
        <View key={`${e.at}-${i}`} className="history__item js-history-item">
          <View className="row-between">
            <View className="row">
              <Tag tone={e.tone} className="js-decision">
                {e.label}
              </Tag>
              <View className="history__who">{e.who}</View>
            </View>
            <View className="muted">{formatDateTime(e.at)}</View>
          </View>
          {e.text ? <View className="history__note js-note">{e.text}</View> : null}
        </View>
      ))}
    </View>
  );
}
