// Duplicates: the server suggests likely twins (same unit, similar title, within 3 days); merging this lead
// into one of them closes it as 已合并 and points the reporter to the lead that stays.
import { View } from '@tarojs/components';
import type { LeadView } from '@core';
import { confirmDestructive } from '@/components/ConfirmButton';
import AppButton from '@/components/AppButton';
import ErrorBanner from '@/components/ErrorBanner';
import ItemRow from '@/components/ItemRow';
import StatusTag from '@/components/StatusTag';
import { formatDateTime } from '@/lib/time';
import { useAction } from '@/hooks/useAction';
import { useQuery } from '@/hooks/useQuery';
import { call, CloudError } from '@/services/cloud';

interface Props {
  lead: LeadView;
  onDecided: (lead: LeadView) => void;
  onStale: () => void;
}

export default function MergePanel({ lead, onDecided, onStale }: Props) {
  const twinsOf = () => call('leads', 'twins', { id: lead.id });
  const { data: twins, error: twinsError } = useQuery(['leads', 'twins', lead.id], twinsOf);
  const mergeInto = (targetId: string) =>
    call('leads', 'review', { id: lead.id, decision: 'merge', mergeInto: targetId, version: lead.version });
  const merging = useAction(mergeInto, {
    onDone: onDecided,
    onError: (err) => err instanceof CloudError && err.code === 'CONFLICT' && onStale(),
  });
  const { error } = merging;
  const busy = merging.pending ?? '';

  const merge = async (target: LeadView) => {
    const yes = await confirmDestructive('合并为重复线索', `本条将标记为“已合并”，并入：${target.title}`, '合并');
    if (yes) await merging.run(target.id);
  };

  if (twins === null && !error && !twinsError) return null;
  return (
    <View className="card js-merge">
      <View className="card-title">可能重复的线索</View>
      {error || twinsError ? <ErrorBanner message={error || twinsError} /> : null}
      {twins && twins.length === 0 ? (
        <View className="muted js-no-twins">没有发现同单位三天内标题相近的线索</View>
      ) : null}
      {(twins ?? []).map((t) => (
        <ItemRow
          key={t.id}
          className="field js-twin"
          head={
            <View className="row">
              <StatusTag status={t.status} />
              <View className="article__title js-twin-title">{t.title}</View>
            </View>
          }
          meta={`${t.authorName} · ${formatDateTime(t.createdAt)}`}
        >
          <AppButton
            size="small"
            className="js-merge-into"
            loading={busy === t.id}
            disabled={busy !== ''}
            onClick={() => void merge(t)}
          >
            合并到这条
          </AppButton>
        </ItemRow>
      ))}
    </View>
  );
}
