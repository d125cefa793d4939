// 稿件: newest first, by status, with a search and the highlight leads still unpublished after N days.
// On a wide screen the article opens beside the list.
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ArticleStatus, ArticleView } from '@core';
import { useState } from 'react';
import AppButton from '@/components/AppButton';
import DeskLayout from '@/components/DeskLayout';
import EmptyState from '@/components/EmptyState';
import ErrorBanner from '@/components/ErrorBanner';
import ListFooter from '@/components/ListFooter';
import SearchBox from '@/components/SearchBox';
import Tabs from '@/components/Tabs';
import { usePager } from '@/hooks/usePager';
import { call } from '@/services/cloud';
import ArticleCard from '@/editor/components/ArticleCard';
import ArticleDetail from '@/editor/components/ArticleDetail';
import { articlePage } from '@/editor/components/Provenance';
import { useWideScreen } from '@/editor/hooks/useWideScreen';

/** Highlight leads should run within a week; older ones still in a draft are flagged. */
export const HIGHLIGHT_STALE_DAYS = 7;

type Tab = 'all' | ArticleStatus | 'stale';
const TABS: { key: Tab; label: string }[] = [
  { key: 'all', label: '全部' },
  { key: 'draft', label: '草稿' },
  { key: 'published', label: '已刊发' },
  { key: 'stale', label: `亮点超${HIGHLIGHT_STALE_DAYS}天未刊发` },
];

export default function ArticlesPage() {
  const [tab, setTab] = useState<Tab>('all');
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState('');
  const wide = useWideScreen();

  const list = usePager<ArticleView>(['articles', 'list', tab, query], (cursor: string | null) =>
    call('articles', 'list', {
      cursor,
      limit: 20,
      ...(tab === 'draft' || tab === 'published' ? { status: tab } : {}),
      ...(tab === 'stale' ? { unpublishedHighlightsOlderThanDays: HIGHLIGHT_STALE_DAYS } : {}),
      ...(query ? { q: query } : {}),
    }),
  );

  const open = (a: ArticleView) => {
    if (wide) setOpenId(a.id);
    else void Taro.navigateTo({ url: articlePage(a.id) });
  };
  const aside = wide ? (
    openId ? (
      <ArticleDetail id={openId} />
    ) : (
      <EmptyState title="选择左侧的一篇稿件" hint="正文、来源线索和刊发记录会显示在这里" />
    )
  ) : undefined;

  return (
    <DeskLayout className="articles" aside={aside}>
      <AppButton
        kind="primary"
        block
        className="desk-gap js-new-article"
        onClick={() => void Taro.navigateTo({ url: '/editor/pages/article-edit/index' })}
      >
        用线索写新稿件
      </AppButton>
      <Tabs tabs={TABS} value={tab} onChange={setTab} itemClass="js-article-tab" />
      <SearchBox className="js-article-search" placeholder="搜索稿件标题或正文" value={query} onSearch={setQuery} />
      {tab === 'stale' ? (
        <View className="muted desk-gap">这些稿件引用了报送超过{HIGHLIGHT_STALE_DAYS}天的亮点线索，还没有刊发记录</View>
      ) : null}
      {list.error ? <ErrorBanner message={list.error} onRetry={() => void list.refresh()} /> : null}
      {list.items.map((a) => (
        <ArticleCard key={a.id} article={a} open={wide && a.id === openId} onClick={() => open(a)} />
      ))}
      {list.empty ? (
        <EmptyState
          title={tab === 'stale' ? '亮点线索都已按时刊发' : '还没有稿件'}
          hint={tab === 'all' ? '在审核页采用线索后，就可以用它写稿' : undefined}
        />
      ) : null}
      <ListFooter list={list} />
    </DeskLayout>
  );
}
