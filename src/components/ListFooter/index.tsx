// The foot of a paged list: a spinner while loading, "加载更多" while pages remain, "没有更多了" at the end.
import { View } from '@tarojs/components';
import AppButton from '@/components/AppButton';
import Loading from '@/components/Loading';

interface Props {
  list: { loaded: boolean; loading: boolean; more: boolean; items: unknown[]; loadMore: () => Promise<void> };
}

export default function ListFooter({ list }: Props) {
  if (list.loading) return <Loading />;
  if (list.more) {
    return (
      <AppButton kind="plain" block className="js-load-more" onClick={() => void list.loadMore()}>
        加载更多
      </AppButton>
    );
  }
  if (list.loaded && list.items.length > 0) return <View className="muted list-end">没有更多了</View>;
  return null;
}
