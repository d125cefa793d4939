// A quiet "加载中" line while data is on its way.
import { View } from '@tarojs/components';
import './index.scss';

export default function Loading({ text = '加载中…' }: { text?: string }) {
  return (
    <View className="xx-loading js-loading">
      <View className="xx-loading__dot" />
      {text}
    </View>
  );
}
