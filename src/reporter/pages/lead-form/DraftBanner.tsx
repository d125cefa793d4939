// Above the form when it did not open blank: the draft left half-filled last time (with 新建 for a blank form),
// or a lead the server refused, back from the outbox with the server's reason.
import { View } from '@tarojs/components';
import AppButton from '@/components/AppButton';
import { formatAge } from '@/lib/time';

export type Opened = { kind: 'resumed'; savedAt: number } | { kind: 'returned'; reason: string } | null;

export default function DraftBanner({ opened, onNew }: { opened: Opened; onNew: () => void }) {
  if (!opened) return null;
  const text =
    opened.kind === 'resumed'
      ? `继续上次的草稿（${formatAge(new Date(opened.savedAt).toISOString())}保存）`
      : `这条线索没有发送成功：${opened.reason || '服务器拒收'}。改好后再提交。`;
  return (
    <View className={`draft-banner draft-banner--${opened.kind} js-draft-banner`}>
      <View className="draft-banner__text">{text}</View>
      {opened.kind === 'resumed' ? (
        <AppButton size="small" kind="plain" className="js-draft-new" onClick={onNew}>
          新建
        </AppButton>
      ) : null}
    </View>
  );
}
