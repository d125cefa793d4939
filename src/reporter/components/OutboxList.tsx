// The outbox items to show, newest first, with the progress of the photo each is sending.
import { View } from '@tarojs/components';
import { useOutbox } from '@/hooks/useOutbox';
import type { OutboxItem } from '@/outbox';
import OutboxCard from './OutboxCard';

export default function OutboxList({ which }: { which: (item: OutboxItem) => boolean }) {
  const { items, progressOf } = useOutbox();
  const shown = items.filter(which).sort((a, b) => b.createdAt - a.createdAt);
  if (shown.length === 0) return null;
  return (
    <View className="outbox-list js-outbox-list">
      {shown.map((item) => {
        const sending = item.photos.findIndex((p) => !p.fileID);
        return (
          <OutboxCard
            key={item.clientId}
            item={item}
            progress={sending >= 0 ? progressOf(item.clientId, sending) : undefined}
          />
        );
      })}
    </View>
  );
}
