// A stored article body shown as plain text paragraphs. It is never parsed as HTML or markdown: whatever
// markup a body holds (<script>, onerror=, javascript: links) is shown literally and can never run.
import { Text, View } from '@tarojs/components';
import { toParagraphs } from '@/lib/articleDraft';
import './index.scss';

export default function ArticleText({ body }: { body: string }) {
  const paragraphs = toParagraphs(body);
  if (paragraphs.length === 0) return <View className="muted">正文还没有写</View>;
  return (
    <View className="article-text js-article-body">
      {paragraphs.map((p, i) => (
        <View key={i} className="article-text__p js-paragraph">
          <Text userSelect className="article-text__text">
            {p}
          </Text>
        </View>
      ))}
    </View>
  );
}
