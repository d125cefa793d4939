// A small coloured label: statuses, "紧急", categories.
import { Text } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { Tone } from '@/lib/leadStatusStyle';
import './index.scss';

export default function Tag({
  tone = 'muted',
  className,
  children,
}: {
  tone?: Tone;
  className?: string;
  children: ReactNode;
}) {
  return <Text className={`xx-tag xx-tag--${tone} ${className ?? ''}`}>{children}</Text>;
}

/** "紧急" on an urgent lead (js-urgent-tag), nothing on the others. */
export function UrgentTag({ urgent }: { urgent: boolean }) {
  return urgent ? (
    <Tag tone="danger" className="js-urgent-tag">
      紧急
    </Tag>
  ) : null;
}
