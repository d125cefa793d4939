// Where this lead went: the articles written from it and every place they were published. Tapping opens the article.
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ARTICLE_KIND_LABELS, type LeadView } from '@core';
import Tag from '@/components/Tag';
import { publishedIn } from '@/lib/publications';

export const articlePage = (id: string) => `/editor/pages/article/index?id=${encodeURIComponent(id)}`;

export default function Provenance({ lead }: { lead: LeadView }) {
  if (lead.articles.length === 0) return null;
  return (
    <View className="card js-provenance">
      <View className="card-title">成稿与刊发</View>
      {lead.articles.map((a) => (
        <View
          key={a.id}
          className="field desk-link js-provenance-article"
          onClick={() => void Taro.navigateTo({ url: articlePage(a.id) })}
        >
          <View className="row">
            <Tag tone="info">{ARTICLE_KIND_LABELS[a.kind]}</Tag>
            <View className="article__title">{a.title}</View>
          </View>
          {a.publications.length === 0 ? (
            <View className="muted">{a.status === 'draft' ? '稿件撰写中，尚未刊发' : '已成稿'}</View>
          ) : (
            a.publications.map((p, i) => (
              <View key={`${p.outlet}-${i}`} className="muted js-provenance-publication">
                {publishedIn(p)}，{p.publishedAt}
              </View>
            ))
          )}
        </View>
      ))}
    </View>
  );
}
