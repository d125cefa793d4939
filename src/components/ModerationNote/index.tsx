// The content check's mark on a lead: editors see the state and the reasons; a reporter is told plainly that the
// lead waits for a check (内容审核中), never which words or labels caught it. Nothing when it passed.
import { Text, View } from '@tarojs/components';
import { MODERATION_LABELS, type Moderation } from '@core';
import Tag from '../Tag';
import './index.scss';

interface Props {
  moderation: Moderation;
  desk: boolean;
  /** One line (a list card) or the reasons in full (the lead's page). */
  compact?: boolean;
}

export default function ModerationNote({ moderation, desk, compact }: Props) {
  if (moderation.state === 'pass') return null;
  if (!desk) {
    return (
      <Tag tone="info" className="js-moderation-note">
        内容审核中
      </Tag>
    );
  }
  const tone = moderation.state === 'risky' ? 'danger' : 'warning';
  return (
    <View className="moderation-note js-moderation">
      <Tag tone={tone} className={`js-moderation-state js-moderation-${moderation.state}`}>
        {MODERATION_LABELS[moderation.state]}
      </Tag>
      {moderation.reasons.length > 0 ? (
        <Text className="muted js-moderation-reasons">
          {compact ? moderation.reasons[0] : moderation.reasons.join('；')}
        </Text>
      ) : null}
    </View>
  );
}
