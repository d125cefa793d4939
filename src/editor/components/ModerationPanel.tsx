// 内容审核: what the checks flagged on this lead — its text, each photo with its verdict and, while the platform's
// answer is awaited, how long it has waited — and the editor's word on each: 放行, or keep a photo 不公开.
import { Image, View } from '@tarojs/components';
import { MODERATION_LABELS, type LeadView, type ModerateLeadInput } from '@core';
import AppButton from '../../components/AppButton';
import ErrorBanner from '../../components/ErrorBanner';
import Tag from '../../components/Tag';
import { formatAge } from '../../lib/time';
import { call } from '../../services/cloud';
import { CloudError } from '../../services/envelope';
import { useAction } from '../../hooks/useAction';
import './ModerationPanel.scss';

interface Props {
  lead: LeadView;
  onChanged: (lead: LeadView) => void;
  /** The lead changed since it was read: reload it rather than decide on what the editor has not seen. */
  onStale: () => void;
}

export default function ModerationPanel({ lead, onChanged, onStale }: Props) {
  const moderate = useAction(
    (input: Omit<ModerateLeadInput, 'id' | 'version'>) =>
      call('leads', 'moderate', { id: lead.id, version: lead.version, ...input }),
    {
      onDone: onChanged,
      onError: (err) => {
        if (err instanceof CloudError && err.code === 'CONFLICT') onStale();
      },
    },
  );
  const { busy, error } = moderate;
  const photos = [...lead.photos, ...lead.replies.flatMap((r) => r.photos)].filter((p) => p.moderation);
  const photoReasons = new Set(photos.flatMap((p) => p.moderation?.reasons ?? []));
  const textReasons = lead.moderation.reasons.filter((r) => !photoReasons.has(r));
  if (lead.moderation.state === 'pass' && photos.length === 0) return null;

  return (
    <View className="card js-moderation-panel">
      <View className="card-title">内容审核</View>
      {error ? <ErrorBanner message={error} /> : null}
      {textReasons.length > 0 ? (
        <View className="row-between js-moderation-text">
          <View className="muted">文字：{textReasons.join('；')}</View>
          <AppButton
            size="small"
            className="js-moderation-clear-text"
            disabled={busy}
            onClick={() => void moderate.run({ decision: 'clear' })}
          >
            放行文字
          </AppButton>
        </View>
      ) : null}
      {photos.map((p) => (
        <View key={p.fileID} className="row-between js-moderation-photo">
          <Image className="moderation__thumb" src={p.url} mode="aspectFill" />
          <View className="desk-grow">
            <Tag tone={p.moderation!.state === 'risky' ? 'danger' : 'warning'}>
              {MODERATION_LABELS[p.moderation!.state]}
            </Tag>
            <View className="muted">
              {p.moderation!.reasons.join('；')}
              {p.moderation!.state === 'pending' ? `（${formatAge(p.moderation!.since)}送审，仅编辑可见）` : ''}
            </View>
          </View>
          <AppButton
            size="small"
            className="js-moderation-clear"
            disabled={busy}
            onClick={() => void moderate.run({ photo: p.fileID, decision: 'clear' })}
          >
            放行
          </AppButton>
          {p.moderation!.state !== 'risky' ? (
            <AppButton
              kind="plain"
              size="small"
              className="js-moderation-hide"
              disabled={busy}
              onClick={() => void moderate.run({ photo: p.fileID, decision: 'keep_hidden' })}
            >
              不公开
            </AppButton>
          ) : null}
        </View>
      ))}
    </View>
  );
}
