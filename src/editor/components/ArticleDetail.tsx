// One article on the desk: its text (always shown as plain text), photos, the leads and reporters behind it,
// and the publications, which can be added, edited and removed (removal asks first).
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ARTICLE_KIND_LABELS, LEAD_STATUS_LABELS, type ArticleView, type PublicationView } from '@core';
import { useEffect, useState } from 'react';
import AppButton from '@/components/AppButton';
import ArticleText from '@/components/ArticleText';
import ConfirmButton from '@/components/ConfirmButton';
import ErrorBanner from '@/components/ErrorBanner';
import ItemRow from '@/components/ItemRow';
import Loading from '@/components/Loading';
import ModerationNote from '@/components/ModerationNote';
import PhotoGrid from '@/components/PhotoGrid';
import { useAction } from '@/hooks/useAction';
import { useQuery } from '@/hooks/useQuery';
import { invalidate } from '@/lib/query';
import Tag from '@/components/Tag';
import { byRank, publishedIn } from '@/lib/publications';
import { formatDateTime } from '@/lib/time';
import { call } from '@/services/cloud';
import PublicationForm from './PublicationForm';

export const articleEditPage = (id: string) => `/editor/pages/article-edit/index?id=${encodeURIComponent(id)}`;
const reviewPage = (id: string) => `/editor/pages/review/index?id=${encodeURIComponent(id)}`;

interface Props {
  id: string;
  onChanged?: (article: ArticleView) => void;
}

export default function ArticleDetail({ id, onChanged }: Props) {
  const loaded = useQuery<ArticleView>(['articles', 'get', id], () => call('articles', 'get', { id }));
  const { data: article, setData: setArticle, error: loadError, reload } = loaded;
  const [editing, setEditing] = useState<PublicationView | 'new' | null>(null);

  const changed = (next: ArticleView) => {
    setArticle(next);
    setEditing(null);
    invalidate(['articles', 'list']);
    onChanged?.(next);
  };

  const removePublication = (p: PublicationView) =>
    call('articles', 'removePublication', { articleId: id, publicationId: p.id });
  const removal = useAction(removePublication, {
    onDone: (next) => {
      changed(next);
      void Taro.showToast({ title: '已删除刊发记录', icon: 'none' });
    },
  });
  const { error, setError } = removal;
  const removing = removal.pending?.id ?? '';
  const remove = (p: PublicationView) => removal.run(p);
  // Another article picked beside the list: nothing of the previous one's editing or errors stays.
  useEffect(() => {
    setEditing(null);
    setError('');
  }, [id, setError]);

  if (!article) return loadError ? <ErrorBanner message={loadError} onRetry={() => void reload()} /> : <Loading />;
  return (
    <View className="article-detail">
      {error || loadError ? <ErrorBanner message={error || loadError} /> : null}
      <View className="card">
        <View className="row-between">
          <View className="row">
            <Tag tone="info" className="js-article-kind">
              {ARTICLE_KIND_LABELS[article.kind]}
            </Tag>
            <Tag tone={article.status === 'published' ? 'success' : 'warning'} className="js-article-status">
              {article.status === 'published' ? '已刊发' : '草稿'}
            </Tag>
          </View>
          <AppButton
            size="small"
            className="js-edit-article"
            onClick={() => void Taro.navigateTo({ url: articleEditPage(article.id) })}
          >
            编辑稿件
          </AppButton>
        </View>
        <ModerationNote moderation={article.moderation} desk />
        <View className="lead-body__title js-article-title">{article.title}</View>
        <View className="muted js-credits">
          署名：
          {article.credits.map((c) => (c.unitName ? `${c.name}（${c.unitName}）` : c.name)).join('、') || '未署名'}
        </View>
        <View className="muted">
          {article.createdByName} 创建于 {formatDateTime(article.createdAt)}
        </View>
        <View className="gap" />
        <ArticleText body={article.body} />
        <PhotoGrid photos={article.photos} />
      </View>

      <View className="card js-publications">
        <View className="row-between">
          <View className="card-title">刊发记录</View>
          {editing === null ? (
            <AppButton size="small" kind="primary" className="js-add-publication" onClick={() => setEditing('new')}>
              登记刊发
            </AppButton>
          ) : null}
        </View>
        {article.publications.length === 0 ? <View className="muted">还没有刊发记录</View> : null}
        {byRank(article.publications).map((p) => (
          <View key={p.id} className="field js-publication">
            <ItemRow
              head={<View className="js-publication-text">{publishedIn(p)}</View>}
              meta={p.url ? `${p.publishedAt} · ${p.url}` : p.publishedAt}
            >
              <AppButton size="small" kind="plain" className="js-edit-publication" onClick={() => setEditing(p)}>
                修改
              </AppButton>
              <ConfirmButton
                size="small"
                className="js-remove-publication"
                title="删除刊发记录"
                content={`确定删除“${publishedIn(p)}，${p.publishedAt}”？通讯员将不再看到这条刊发。`}
                confirmText="删除"
                loading={removing === p.id}
                onConfirm={() => void remove(p)}
              >
                删除
              </ConfirmButton>
            </ItemRow>
            {p.proof ? <PhotoGrid photos={[p.proof]} /> : null}
          </View>
        ))}
      </View>
      {editing !== null ? (
        <PublicationForm
          key={editing === 'new' ? 'new' : editing.id}
          articleId={article.id}
          editing={editing === 'new' ? undefined : editing}
          onSaved={(next) => {
            changed(next);
            void Taro.showToast({ title: '刊发记录已保存', icon: 'none' });
          }}
          onCancel={() => setEditing(null)}
        />
      ) : null}

      <View className="card js-article-leads">
        <View className="card-title">来源线索</View>
        {article.leads.map((l) => (
          <View
            key={l.id}
            className="field desk-link js-article-lead"
            onClick={() => void Taro.navigateTo({ url: reviewPage(l.id) })}
          >
            <View className="row">
              {l.highlightSection ? <Tag tone="danger">亮点·{l.highlightSection}</Tag> : null}
              <View className="article__title">{l.title}</View>
            </View>
            <View className="muted">
              {[l.unitName, l.authorName].filter(Boolean).join(' · ')} · {LEAD_STATUS_LABELS[l.status]}
            </View>
          </View>
        ))}
      </View>
    </View>
  );
}
