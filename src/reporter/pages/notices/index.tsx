// 消息: what happened to my leads (decisions with the editor's words, publications), unread ones marked.
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import AppButton from '@/components/AppButton';
import EmptyState from '@/components/EmptyState';
import ErrorBanner from '@/components/ErrorBanner';
import Loading from '@/components/Loading';
import { useNotices } from '@/hooks/useNotices';
import { isUnread, noticeTime } from '@/lib/notices';
import './index.scss';

export default function NoticesPage() {
  const { notices, read, unread, loaded, error, reload, readAll } = useNotices();

  if (!loaded)
    return (
      <View className="page">
        <Loading />
      </View>
    );
  return (
    <View className="page notices">
      {error ? <ErrorBanner message={error} onRetry={() => void reload()} /> : null}
      {unread > 0 ? (
        <AppButton kind="plain" block className="js-read-all" onClick={readAll}>
          全部标为已读（{unread}）
        </AppButton>
      ) : null}
      {notices.length === 0 && !error ? (
        <EmptyState title="还没有消息" hint="线索审核、成稿刊发后会在这里告诉您" />
      ) : null}
      {notices.map((n) => (
        <View
          key={n.id}
          className={`card notice js-notice ${read && isUnread(n, read) ? 'notice--unread js-unread' : ''}`}
          onClick={() => void Taro.navigateTo({ url: `/reporter/pages/lead/index?id=${encodeURIComponent(n.leadId)}` })}
        >
          <View className="row-between">
            <View className="notice__title">{n.title}</View>
            <View className="muted">{noticeTime(n)}</View>
          </View>
          {n.text ? <View className="notice__text">{n.text}</View> : null}
        </View>
      ))}
    </View>
  );
}
