// The frame of a desk editor (activity, training, rule…): a card with its title, the fields it is given, the save
// error, and the save bar. Tests find it by js-<name>-form, js-<name>-save and js-<name>-cancel.
import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import AppButton from '@/components/AppButton';
import ErrorBanner from '@/components/ErrorBanner';
import './EditorCard.scss';

interface Props {
  /** Names the js-* classes: "activity" gives js-activity-form, js-activity-save, js-activity-cancel. */
  name: string;
  title: string;
  /** useServerForm's answer: the banner error, whether a save runs, and the save. */
  form: { error: string; busy: boolean; save: () => Promise<void> };
  /** Without it the save button stands alone, full width. */
  onCancel?: () => void;
  saveLabel?: string;
  children: ReactNode;
}

export default function EditorCard({ name, title, form, onCancel, saveLabel = '保存', children }: Props) {
  const save = (
    <AppButton
      kind="primary"
      block={!onCancel}
      className={`js-${name}-save`}
      loading={form.busy}
      onClick={() => void form.save()}
    >
      {saveLabel}
    </AppButton>
  );
  return (
    <View className={`card js-${name}-form`}>
      <View className="card-title">{title}</View>
      {children}
      {form.error ? <ErrorBanner message={form.error} /> : null}
      {onCancel ? (
        <View className="row editor-card__actions">
          {save}
          <AppButton kind="plain" className={`js-${name}-cancel`} onClick={onCancel}>
            取消
          </AppButton>
        </View>
      ) : (
        save
      )}
    </View>
  );
}
