// Home: reporters get "报线索" and their leads; editors get the review queue with its count.
import { View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import AppButton from '@/components/AppButton';
import ErrorBanner from '@/components/ErrorBanner';
import { useOutbox } from '@/hooks/useOutbox';
import { useNotices } from '@/hooks/useNotices';
import { useQuery } from '@/hooks/useQuery';
import { outboxSummary } from '@/outbox';
import { ROLE_LABELS } from '@/lib/words';
import { call } from '@/services/cloud';
import { LOGIN_PAGE, clearSession, getAccount, isEditor, saveAccount, type SessionAccount } from '@/services/session';
import EditorShortcuts from '@/editor/components/EditorShortcuts';
import StatsShortcut from '@/stats/components/StatsShortcut';
import PersonalDataExport from '@/components/PersonalDataExport';
import GoodLeadTips from './GoodLeadTips';
import './index.scss';

const go = (url: string) => void Taro.navigateTo({ url });

export default function HomePage() {
  const [account, setAccount] = useState<SessionAccount | null>(getAccount);
  const signedIn = account !== null;
  const editor = isEditor(account);
  const { items: outbox } = useOutbox();
  // Who I am now (role, unit, township name may have changed), the queue's count for editors, news for reporters.
  const me = useQuery(signedIn ? ['accounts', 'me'] : null, () => call('accounts', 'me', {}));
  const counts = useQuery(signedIn && editor ? ['leads', 'counts', {}] : null, () => call('leads', 'counts', {}));
  const notices = useNotices(signedIn && !editor);
  const pending = counts.data ? String(counts.data.submitted) : null;
  const error = me.error || counts.error || notices.error;
  const refresh = () => Promise.all([me.reload(), counts.reload(), notices.reload()]);

  useEffect(() => {
    if (!me.data) return;
    if (me.data.mustChangePassword) {
      // Left the change-password step (a reload): back to the login page, which asks for it again.
      clearSession();
      void Taro.reLaunch({ url: LOGIN_PAGE });
      return;
    }
    saveAccount(me.data);
    setAccount(getAccount());
  }, [me.data]);

  useDidShow(() => {
    if (!getAccount()) void Taro.reLaunch({ url: LOGIN_PAGE });
  });

  const logout = async () => {
    const { confirm } = await Taro.showModal({
      title: '退出登录',
      content: '确定要退出当前账号吗？',
      confirmText: '退出',
      cancelText: '取消',
    });
    if (!confirm) return;
    clearSession();
    await Taro.reLaunch({ url: LOGIN_PAGE });
  };

  if (!account) return <View className="page" />;

  return (
    <View className="page home">
      <View className="home__hello">
        <View className="home__name">您好，{account.name}</View>
        <View className="muted">
          {ROLE_LABELS[account.role]}
          {account.unitName ? ` · ${account.unitName}` : ''}
          {account.townshipName ? ` · ${account.townshipName}` : ''}
        </View>
      </View>
      {error ? <ErrorBanner message={error} onRetry={() => void refresh()} /> : null}

      {editor ? (
        <View className="card home__entry js-queue-link" onClick={() => go('/editor/pages/queue/index')}>
          <View>
            <View className="card-title">审核队列</View>
            <View className="muted">通讯员报来的线索，紧急的排在前面</View>
          </View>
          <View className="home__count js-pending-count">
            {pending ?? '…'}
            <View className="home__count-label">条待审核</View>
          </View>
        </View>
      ) : null}
      {editor ? <EditorShortcuts role={account.role} /> : null}
      {editor ? <StatsShortcut /> : null}
      {editor ? null : (
        <>
          <AppButton
            kind="primary"
            size="large"
            block
            className="js-new-lead home__report"
            onClick={() => go('/reporter/pages/lead-form/index')}
          >
            报线索
          </AppButton>
          {outboxSummary(outbox) ? (
            <View className="home__outbox js-outbox-status" onClick={() => go('/reporter/pages/outbox/index')}>
              {outboxSummary(outbox)}，有网时自动发送 ›
            </View>
          ) : null}
          <View className="card home__entry js-mine-link" onClick={() => go('/reporter/pages/mine/index')}>
            <View className="card-title">我的线索</View>
            <View className="muted">查看审核结果和刊发情况 ›</View>
          </View>
          <View className="row home__shortcuts">
            <View className="card home__shortcut js-notices-link" onClick={() => go('/reporter/pages/notices/index')}>
              消息
              {notices.unread > 0 ? (
                <View className="home__badge js-notice-badge">{notices.unread > 99 ? '99+' : notices.unread}</View>
              ) : null}
            </View>
            <View className="card home__shortcut js-drafts-link" onClick={() => go('/reporter/pages/drafts/index')}>
              草稿箱
            </View>
          </View>
          {account.unitId ? (
            <View className="card home__entry js-reach-link" onClick={() => go('/stats/pages/reach/index')}>
              <View className="card-title">新媒体月报</View>
              <View className="muted">填报本单位公众号、抖音等的粉丝数和阅读量 ›</View>
            </View>
          ) : null}
          <GoodLeadTips />
          <PersonalDataExport accountId={account.id} className="home__export" />
        </>
      )}

      <AppButton kind="plain" block className="js-logout" onClick={() => void logout()}>
        退出登录
      </AppButton>
    </View>
  );
}
