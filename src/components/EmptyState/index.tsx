// What a list shows when there is nothing in it, with what to do next.
import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './index.scss';

export default function EmptyState({ title, hint, children }: { title: string; hint?: string; children?: ReactNode }) {
  return (
    <View className="xx-empty js-empty">
      <View className="xx-empty__icon">空</View>
      <View className="xx-empty__title">{title}</View>
      {hint ? <View className="xx-empty__hint">{hint}</View> : null}
      {children}
    </View>
  );
}
