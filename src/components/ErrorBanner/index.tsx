// A server or network problem, in the server's own words, with a retry when one makes sense.
import { View } from '@tarojs/components';
import './index.scss';

export default function ErrorBanner({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <View className="xx-error js-error">
      <View className="xx-error__text">{message}</View>
      {onRetry ? (
        <View className="xx-error__retry js-retry" onClick={onRetry}>
          重试
        </View>
      ) : null}
    </View>
  );
}
