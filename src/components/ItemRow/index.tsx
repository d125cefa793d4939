// One item of a desk list: what it is (its head, then a muted line) on the left, its buttons on the right.
import { View } from '@tarojs/components';
import type { ReactNode } from 'react';

interface Props {
  head: ReactNode;
  meta: ReactNode;
  className?: string;
  /** The item's buttons. */
  children?: ReactNode;
}

export default function ItemRow({ head, meta, className, children }: Props) {
  return (
    <View className={`row-between ${className ?? ''}`}>
      <View className="desk-grow">
        {head}
        <View className="muted">{meta}</View>
      </View>
      {children}
    </View>
  );
}
