// 消息: what happened to my leads (decisions with the editor's words, publications), unread ones marked.
import { View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import AppButton from '@/components/AppButton';
import EmptyState from '@/components/EmptyState';
import ErrorBanner from '@/components/ErrorBanner';
import Loading from '@/components/Loading';
import { useNotices } from '@/hooks/useNotices';
import { isUnread, noticeTime } from '@/lib/notices';
import { messageOf } from '@/services/envelope';
import './index.scss';

export default function NoticesPage() {
  const { notices, read, unread, load, readAll } = useNotices();
  const [error, setError] = useState('');
  const [loaded, setLoaded] = useState(false);

  const refresh = () =>
    load()
      .then(() => setError(''))
      .catch((err) => setError(messageOf(err)))
      .finally(() => setLoaded(true));
  useDidShow(() => void refresh());
  usePullDownRefresh(() => void refresh().finally(() => Taro.stopPullDownRefresh()));

  if (!loaded) return <View className='page'><Loading /></View>;
  return (
    <View className='page notices'>
      {error ? <ErrorBanner message={error} onRetry={() => void refresh()} /> : null}
      {unread > 0 ? (
        <AppButton kind='plain' block className='js-read-all' onClick={readAll}>
          全部标为已读（{unread}）
        </AppButton>
      ) : null}
      {notices.length === 0 && !error ? <EmptyState title='还没有消息' hint='线索审核、成稿刊发后会在这里告诉您' /> : null}
      {notices.map((n) => (
        <View
          key={n.id}
          className={`card notice js-notice ${read && isUnread(n, read) ? 'notice--unread js-unread' : ''}`}
          onClick={() => void Taro.navigateTo({ url: `/reporter/pages/lead/index?id=${encodeURIComponent(n.leadId)}` })}
        >
          <View className='row-between'>
            <View className='notice__title'>{n.title}</View>
            <View className='muted'>{noticeTime(n)}</View>
          </View>
          {n.text ? <View className='notice__text'>{n.text}</View> : null}
        </View>
      ))}
    </View>
  );
}
