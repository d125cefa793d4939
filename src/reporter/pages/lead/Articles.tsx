// Where the story ran: the articles made from this lead and their publications.
import { View } from '@tarojs/components';
import { ARTICLE_KIND_LABELS, type LeadView } from '@core';
import { publishedIn } from '@/lib/publications';
import Tag from '@/components/Tag';

export default function Articles({ articles }: { articles: LeadView['articles'] }) {
  if (articles.length === 0) return null;
  return (
    <View className="card js-articles">
      <View className="card-title">成稿与刊发</View>
      {articles.map((a) => (
        <View key={a.id} className="field js-article">
          <View className="row">
            <Tag tone="info">{ARTICLE_KIND_LABELS[a.kind]}</Tag>
            <View className="article__title">{a.title}</View>
          </View>
          {a.publications.length === 0 ? (
            <View className="muted">{a.status === 'draft' ? '稿件撰写中' : '已成稿'}</View>
          ) : (
            a.publications.map((p, i) => (
              <View key={`${p.outlet}-${i}`} className="muted js-publication">
                {publishedIn(p)}，{p.publishedAt}
              </View>
            ))
          )}
        </View>
      ))}
    </View>
  );
}
