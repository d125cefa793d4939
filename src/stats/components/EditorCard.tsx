// The frame of a desk editor (activity, training, rule…): a card with its title, the fields it is given, the save
// error, and the save bar. Tests find it by js-<name>-form, js-<name>-save and js-<name>-cancel.
import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import AppButton from '@/components/AppButton';
import ErrorBanner from '@/components/ErrorBanner';
import FormActions from '@/components/FormActions';

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
  // Without a cancel the save stands alone, full width; with one, the desk's usual 取消 / 保存 pair.
  const save = (
    <AppButton kind="primary" block className={`js-${name}-save`} loading={form.busy} onClick={() => void form.save()}>
      {saveLabel}
    </AppButton>
  );
  return (
    <View className={`card js-${name}-form`}>
      <View className="card-title">{title}</View>
      {children}
      {form.error ? <ErrorBanner message={form.error} /> : null}
      {onCancel ? (
        <FormActions
          name={name}
          busy={form.busy}
          onSave={() => void form.save()}
          onCancel={onCancel}
          saveLabel={saveLabel}
        />
      ) : (
        save
      )}
    </View>
  );
}
