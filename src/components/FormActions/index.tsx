// The desk forms' 取消 / 保存 pair (js-<name>-cancel, js-<name>-save): cancel is held while a save runs.
import { View } from '@tarojs/components';
import AppButton from '@/components/AppButton';

interface Props {
  name: string;
  busy: boolean;
  onSave: () => void;
  onCancel: () => void;
  saveLabel?: string;
  /** Saving waits for something else (an upload). */
  saveDisabled?: boolean;
}

export default function FormActions({ name, busy, onSave, onCancel, saveLabel = '保存', saveDisabled }: Props) {
  return (
    <View className="decision__buttons">
      <AppButton className={`decision__button js-${name}-cancel`} disabled={busy} onClick={onCancel}>
        取消
      </AppButton>
      <AppButton
        kind="primary"
        className={`decision__button js-${name}-save`}
        loading={busy}
        disabled={saveDisabled}
        onClick={onSave}
      >
        {saveLabel}
      </AppButton>
    </View>
  );
}
