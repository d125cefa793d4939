// Records where an article ran: outlet, level, date, link (http/https only) and a proof screenshot.
// The same form edits a publication already recorded (it is replaced under its id).
import { View } from '@tarojs/components';
import { PUBLICATION_LEVEL_LABELS, PUBLICATION_LEVELS, type ArticleView, type PublicationView } from '@core';
import { OUTLET_MAX, PUBLICATION_URL_MAX } from '@core';
import { useState } from 'react';
import AppButton from '@/components/AppButton';
import ChoiceChips, { optionsOf } from '@/components/ChoiceChips';
import DateField from '@/components/DateField';
import ErrorBanner from '@/components/ErrorBanner';
import FieldProblem from '@/components/FieldProblem';
import PhotoUpload from '@/components/PhotoUpload';
import TextField from '@/components/TextField';
import { useServerForm } from '@/hooks/useServerForm';
import {
  emptyPublicationForm,
  publicationPayload,
  publicationProblems,
  type PublicationForm as Form,
} from '@/lib/publications';
import { pickerValues } from '@/lib/time';
import { call, type Uploaded } from '@/services/cloud';

interface Props {
  articleId: string;
  /** Editing this publication; absent when adding one. */
  editing?: PublicationView;
  onSaved: (article: ArticleView) => void;
  onCancel: () => void;
}

export default function PublicationForm({ articleId, editing, onSaved, onCancel }: Props) {
  const { form, set, problems, error, busy, save } = useServerForm({
    initial: (): Form =>
      editing
        ? {
            outlet: editing.outlet,
            level: editing.level,
            publishedAt: editing.publishedAt,
            url: editing.url ?? '',
            proofFileID: editing.proof?.fileID ?? null,
          }
        : emptyPublicationForm(pickerValues().date),
    check: publicationProblems,
    send: (f: Form) => call('articles', 'addPublication', publicationPayload(articleId, f, editing?.id)),
    onSaved,
  });
  const [proof, setProof] = useState<Uploaded | null>(editing?.proof ?? null);
  const [uploading, setUploading] = useState(false);

  const problem = (name: string) => <FieldProblem name={name} problems={problems} />;
  return (
    <View className="card js-publication-form">
      <View className="card-title">{editing ? '修改刊发记录' : '登记刊发'}</View>
      {error ? <ErrorBanner message={error} /> : null}
      <View className="desk-label">刊发媒体</View>
      <TextField
        className="desk-box js-outlet"
        placeholder="例如：浙江日报、县融媒体中心"
        maxLength={OUTLET_MAX}
        value={form.outlet}
        onChange={(v) => set('outlet', v)}
      />
      {problem('outlet')}
      <View className="desk-label">媒体级别</View>
      <ChoiceChips
        className="js-level"
        options={optionsOf(PUBLICATION_LEVELS, PUBLICATION_LEVEL_LABELS)}
        value={form.level}
        onChange={(v) => set('level', v)}
      />
      {problem('level')}
      <View className="desk-label">刊发日期</View>
      <DateField
        className="js-published-at"
        placeholder="选择日期"
        value={form.publishedAt}
        onChange={(v) => set('publishedAt', v)}
      />
      {problem('publishedAt')}
      <View className="desk-label">链接（选填）</View>
      <TextField
        className="desk-box js-url"
        placeholder="https://…"
        maxLength={PUBLICATION_URL_MAX}
        value={form.url}
        onChange={(v) => set('url', v)}
      />
      {problem('url')}
      <View className="desk-label">刊发截图（选填）</View>
      <PhotoUpload
        label="上传截图"
        value={proof}
        onBusy={setUploading}
        onChange={(v) => {
          setProof(v);
          set('proofFileID', v?.fileID ?? null);
        }}
      />
      {problem('proofFileID')}
      <View className="decision__buttons">
        <AppButton className="decision__button js-publication-cancel" disabled={busy} onClick={onCancel}>
          取消
        </AppButton>
        <AppButton
          kind="primary"
          className="decision__button js-publication-save"
          loading={busy}
          disabled={uploading}
          onClick={() => void save()}
        >
          保存
        </AppButton>
      </View>
    </View>
  );
}
