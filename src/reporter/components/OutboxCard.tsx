// One lead in the outbox, honest about where it is: 排队中 (with why), 上传中 2/5, 已提交, 失败 (reason + 重试).
import { View } from '@tarojs/components';
import AppButton from '@/components/AppButton';
import Tag from '@/components/Tag';
import { formatAge } from '@/lib/time';
import { stateLabel, theOutbox, type OutboxItem } from '@/outbox';
import './OutboxCard.scss';

const TONES = { queued: 'warning', uploading: 'info', submitted: 'success', failed: 'danger' } as const;

export default function OutboxCard({ item, progress }: { item: OutboxItem; progress?: number }) {
  const outbox = theOutbox();
  return (
    <View className={`card outbox-card js-outbox-item outbox-${item.state}`} data-client-id={item.clientId}>
      <View className='outbox-card__top'>
        <View className='outbox-card__title js-outbox-title'>{item.lead.title}</View>
        <Tag tone={TONES[item.state]} className='js-outbox-state'>
          {stateLabel(item)}
        </Tag>
      </View>
      {item.state === 'uploading' && progress !== undefined ? (
        <View className='outbox-card__bar' style={{ width: `${progress}%` }} />
      ) : null}
      <View className='outbox-card__meta muted'>
        <View>
          {item.photoCount > 0 ? `${item.photoCount} 张照片 · ` : ''}
          {formatAge(new Date(item.createdAt).toISOString())}
        </View>
        {item.state === 'queued' && item.reason ? <View className='js-outbox-reason'>{item.reason.replace(/，?请稍后(再)?重?试$/, '')}，稍后自动重试</View> : null}
      </View>
      {item.state === 'failed' ? (
        <View className='outbox-card__failed'>
          <View className='outbox-card__reason js-outbox-reason'>{item.reason}</View>
          <View className='row'>
            <AppButton size='small' kind='primary' className='js-outbox-retry' onClick={() => outbox.retry(item.clientId)}>
              重试
            </AppButton>
            <AppButton size='small' kind='plain' className='js-outbox-remove' onClick={() => void outbox.remove(item.clientId)}>
              删除
            </AppButton>
          </View>
        </View>
      ) : null}
      {item.state === 'queued' && item.reason ? (
        <AppButton size='small' kind='plain' className='js-outbox-now' onClick={() => outbox.retry(item.clientId)}>
          立即重试
        </AppButton>
      ) : null}
    </View>
  );
}
