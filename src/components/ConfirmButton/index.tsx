// A button for a destructive action (reject, remove a publication, deactivate an account): it asks first.
import Taro from '@tarojs/taro';
import type { ReactNode } from 'react';
import AppButton from '@/components/AppButton';

interface Props {
  children: ReactNode;
  title: string;
  content: string;
  confirmText: string;
  onConfirm: () => void;
  kind?: 'danger' | 'default' | 'primary' | 'plain';
  size?: 'large' | 'normal' | 'small';
  loading?: boolean;
  disabled?: boolean;
  className?: string;
}

/** The shared question: red confirm, "再想想" to back out. */
export async function confirmDestructive(title: string, content: string, confirmText: string): Promise<boolean> {
  const { confirm } = await Taro.showModal({
    title,
    content,
    confirmText,
    cancelText: '再想想',
    confirmColor: '#c8102e',
  });
  return confirm;
}

export default function ConfirmButton({
  children,
  title,
  content,
  confirmText,
  onConfirm,
  kind = 'danger',
  ...rest
}: Props) {
  return (
    <AppButton
      kind={kind}
      {...rest}
      onClick={() => void confirmDestructive(title, content, confirmText).then((yes) => yes && onConfirm())}
    >
      {children}
    </AppButton>
  );
}
