// The app's button: a tappable View, so it looks the same in WeChat and in the browser.
import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './index.scss';

interface Props {
  children: ReactNode;
  kind?: 'primary' | 'default' | 'danger' | 'plain';
  size?: 'large' | 'normal' | 'small';
  block?: boolean;
  disabled?: boolean;
  loading?: boolean;
  className?: string;
  onClick?: () => void;
}

export default function AppButton({
  children,
  kind = 'default',
  size = 'normal',
  block,
  disabled,
  loading,
  className,
  onClick,
}: Props) {
  const inactive = disabled || loading;
  const classes = [
    'xx-btn',
    `xx-btn--${kind}`,
    `xx-btn--${size}`,
    block ? 'xx-btn--block' : '',
    inactive ? 'xx-btn--disabled' : '',
    className ?? '',
  ].join(' ');
  return (
    <View
      className={classes}
      hoverClass={inactive ? 'none' : 'xx-btn--hover'}
      aria-disabled={inactive ? 'true' : undefined}
      onClick={() => !inactive && onClick?.()}
    >
      {loading ? '请稍候…' : children}
    </View>
  );
}
