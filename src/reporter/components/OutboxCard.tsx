// One lead in the outbox, honest about where it is: 排队中 (with why), 上传中 2/5, 已提交, 失败 (reason + 重试).
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import AppButton from '@/components/AppButton';
import { confirmDestructive } from '@/components/ConfirmButton';
import Tag from '@/components/Tag';
import { formatAge } from '@/lib/time';
import { stateLabel, theDrafts, theOutbox, type OutboxItem } from '@/outbox';
import { draftFromFailed } from '@/outbox/returned';
import './OutboxCard.scss';

const TONES = { queued: 'warning', uploading: 'info', submitted: 'success', failed: 'danger' } as const;

export default function OutboxCard({ item, progress }: { item: OutboxItem; progress?: number }) {
  const outbox = theOutbox();
  // Back to the form with everything in it. The draft is written before the item leaves the queue, so a kill in
  // between leaves the lead in both places rather than in neither.
  const edit = () => {
    theDrafts().save(draftFromFailed(item, Date.now()));
    outbox.takeBack(item.clientId);
    void Taro.navigateTo({ url: `/reporter/pages/lead-form/index?draft=${encodeURIComponent(item.clientId)}` });
  };
  const removeItem = async () => {
    const why = `删除“${item.lead.title}”？文字和照片都会从本机删除；想留着改，请点“修改”。`;
    if (await confirmDestructive('删除线索', why, '删除')) await outbox.remove(item.clientId);
  };
  return (
    <View className={`card outbox-card js-outbox-item outbox-${item.state}`} data-client-id={item.clientId}>
      <View className="outbox-card__top">
        <View className="outbox-card__title js-outbox-title">{item.lead.title}</View>
        <Tag tone={TONES[item.state]} className="js-outbox-state">
          {stateLabel(item)}
        </Tag>
      </View>
      {item.state === 'uploading' && progress !== undefined ? (
        <View className="outbox-card__bar" style={{ width: `${progress}%` }} />
      ) : null}
      <View className="outbox-card__meta muted">
        <View>
          {item.photoCount > 0 ? `${item.photoCount} 张照片 · ` : ''}
          {formatAge(new Date(item.createdAt).toISOString())}
        </View>
        {item.state === 'queued' && item.reason ? (
          <View className="js-outbox-reason">{item.reason.replace(/，?请稍后(再)?重?试$/, '')}，稍后自动重试</View>
        ) : null}
      </View>
      {item.state === 'failed' ? (
        <View className="outbox-card__failed">
          <View className="outbox-card__reason js-outbox-reason">{item.reason}</View>
          <View className="row">
            <AppButton size="small" kind="primary" className="js-outbox-edit" onClick={edit}>
              修改
            </AppButton>
            <AppButton
              size="small"
              kind="plain"
              className="js-outbox-retry"
              onClick={() => outbox.retry(item.clientId)}
            >
              重试
            </AppButton>
            <AppButton size="small" kind="plain" className="js-outbox-remove" onClick={() => void removeItem()}>
              删除
            </AppButton>
          </View>
        </View>
      ) : null}
      {item.state === 'queued' && item.reason ? (
        <AppButton size="small" kind="plain" className="js-outbox-now" onClick={() => outbox.retry(item.clientId)}>
          立即重试
        </AppButton>
      ) : null}
    </View>
  );
}
