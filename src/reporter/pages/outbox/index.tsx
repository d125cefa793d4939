// 发件箱: every lead handed to the outbox and where it stands; 已提交 ones stay a few days, then leave.
import { View } from '@tarojs/components';
import EmptyState from '@/components/EmptyState';
import { useOutbox } from '@/hooks/useOutbox';
import OutboxList from '@/reporter/components/OutboxList';

export default function OutboxPage() {
  const { items } = useOutbox();
  return (
    <View className="page outbox">
      <View className="muted outbox__hint">
        没网时线索先存在本机，恢复网络后自动发送；照片在服务器确认收到后才从本机删除。
      </View>
      {items.length === 0 ? <EmptyState title="发件箱是空的" hint="提交的线索会先到这里，再发往镇宣传办" /> : null}
      <OutboxList which={() => true} />
    </View>
  );
}
