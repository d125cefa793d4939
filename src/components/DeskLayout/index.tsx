// The editor's desk on any screen: one column on a phone; on a PC (H5 or WeChat for PC) a centred page
// no wider than 1200 px, and with `aside`, a list beside its detail from 960 px up.
import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './index.scss';

interface Props {
  className?: string;
  /** The second column on a wide screen (the detail of what the list selected); below the main one on a phone. */
  aside?: ReactNode;
  /** On a phone, show the aside above the list (a form opened from the list) instead of below it. */
  asideFirst?: boolean;
  children: ReactNode;
}

export default function DeskLayout({ className, aside, asideFirst, children }: Props) {
  return (
    <View
      className={`page desk ${aside ? 'desk--split' : ''} ${asideFirst ? 'desk--aside-first' : ''} ${className ?? ''}`}
    >
      <View className="desk__main">{children}</View>
      {aside ? <View className="desk__aside js-desk-aside">{aside}</View> : null}
    </View>
  );
}
