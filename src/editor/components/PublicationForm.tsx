// Records where an article ran: outlet, level, date, link (http/https only) and a proof screenshot.
// The same form edits a publication already recorded (it is replaced under its id).
import { View } from '@tarojs/components';
import { PUBLICATION_LEVEL_LABELS, PUBLICATION_LEVELS, type ArticleView, type PublicationView } from '@core';
import { OUTLET_MAX, PUBLICATION_URL_MAX } from '@core';
import { useState } from 'react';
import ChoiceChips, { optionsOf } from '@/components/ChoiceChips';
import ErrorBanner from '@/components/ErrorBanner';
import FormActions from '@/components/FormActions';
import FormField, { LabelledDate, LabelledText } from '@/components/FormField';
import PhotoUpload from '@/components/PhotoUpload';
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

const OUTLET = { label: '刊发媒体', placeholder: '例如：浙江日报、县融媒体中心', maxLength: OUTLET_MAX };
const LINK = { label: '链接（选填）', placeholder: 'https://…', maxLength: PUBLICATION_URL_MAX };

export default function PublicationForm({ articleId, editing, onSaved, onCancel }: Props) {
  const { form, set, bind, problems, error, busy, save } = useServerForm({
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

  return (
    <View className="card js-publication-form">
      <View className="card-title">{editing ? '修改刊发记录' : '登记刊发'}</View>
      {error ? <ErrorBanner message={error} /> : null}
      <LabelledText desk {...OUTLET} {...bind('outlet')} />
      <FormField desk label="媒体级别" name="level" problem={problems.level}>
        <ChoiceChips
          className="js-level"
          options={optionsOf(PUBLICATION_LEVELS, PUBLICATION_LEVEL_LABELS)}
          value={form.level}
          onChange={(v) => set('level', v)}
        />
      </FormField>
      <LabelledDate desk label="刊发日期" placeholder="选择日期" {...bind('publishedAt')} className="js-published-at" />
      <LabelledText desk {...LINK} {...bind('url')} />
      <FormField desk label="刊发截图（选填）" name="proofFileID" problem={problems.proofFileID}>
        <PhotoUpload
          label="上传截图"
          value={proof}
          onBusy={setUploading}
          onChange={(v) => {
            setProof(v);
            set('proofFileID', v?.fileID ?? null);
          }}
        />
      </FormField>
      <FormActions
        name="publication"
        busy={busy}
        saveDisabled={uploading}
        onSave={() => void save()}
        onCancel={onCancel}
      />
    </View>
  );
}
