// A row of tabs over a list with one on: the desk's underlined tabs (queue and article statuses) or a phone's
// pills (我的线索). Each tab carries <itemClass> and <itemClass>-<key> for tests.
import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './index.scss';

interface Tab<K extends string> {
  key: K;
  label: ReactNode;
}

interface Props<K extends string> {
  tabs: Tab<K>[];
  /** The key of the tab that is on (none when it matches no tab). */
  value: string;
  onChange: (key: K) => void;
  itemClass: string;
  className?: string;
  pills?: boolean;
}

export default function Tabs<K extends string>({ tabs, value, onChange, itemClass, className, pills }: Props<K>) {
  const base = pills ? 'pills' : 'tabs';
  return (
    <View className={`${base} ${className ?? ''}`}>
      {tabs.map((t) => (
        <View
          key={t.key}
          className={`${base}__item ${itemClass} ${itemClass}-${t.key} ${t.key === value ? `${base}__item--on` : ''}`}
          onClick={() => onChange(t.key)}
        >
          {t.label}
        </View>
      ))}
    </View>
  );
}
