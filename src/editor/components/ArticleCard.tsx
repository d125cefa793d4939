// One article in the list: kind, title, status, credited reporters and its best publication.
import { View } from '@tarojs/components';
import { ARTICLE_KIND_LABELS, type ArticleView } from '@core';
import Tag from '@/components/Tag';
import { byRank, publishedIn } from '@/lib/publications';
import { formatDate } from '@/lib/time';

export default function ArticleCard({
  article,
  open,
  onClick,
}: {
  article: ArticleView;
  open?: boolean;
  onClick: () => void;
}) {
  const best = byRank(article.publications)[0];
  const highlights = article.leads.filter((l) => l.highlightSection).length;
  return (
    <View
      className={`card desk-link js-article-item ${open ? 'queue__item--open' : ''}`}
      data-id={article.id}
      onClick={onClick}
    >
      <View className="row-between">
        <View className="row desk-grow">
          <Tag tone="info">{ARTICLE_KIND_LABELS[article.kind]}</Tag>
          <View className="article__title js-article-title">{article.title}</View>
        </View>
        <Tag tone={article.status === 'published' ? 'success' : 'warning'} className="js-article-status">
          {article.status === 'published' ? '已刊发' : '草稿'}
        </Tag>
      </View>
      <View className="muted">
        {article.credits.map((c) => c.name).join('、') || '未署名'} · {formatDate(article.createdAt)}
        {highlights > 0 ? ` · 含亮点线索${highlights}条` : ''}
      </View>
      {best ? (
        <View className="muted js-article-best">
          {publishedIn(best)}
          {article.publications.length > 1 ? ` 等${article.publications.length}处` : ''}
        </View>
      ) : null}
    </View>
  );
}
