// 写稿 / 编辑稿件. New: pick accepted leads (or come with ?leads=a,b from a lead), then the form starts with their
// title, paragraphs, photos and authors. Existing: ?id=. The body is plain-text paragraphs, never HTML.
import { Image, View } from '@tarojs/components';
import Taro, { useLoad } from '@tarojs/taro';
import {
  ARTICLE_KIND_LABELS,
  ARTICLE_KINDS,
  ARTICLE_PHOTOS_MAX,
  ARTICLE_TITLE_MAX,
  type ArticleKind,
  type ArticleView,
  type LeadView,
} from '@core';
import { useState } from 'react';
import AppButton from '@/components/AppButton';
import ChoiceChips, { optionsOf } from '@/components/ChoiceChips';
import DeskLayout from '@/components/DeskLayout';
import ErrorBanner from '@/components/ErrorBanner';
import Loading from '@/components/Loading';
import PhotoUpload from '@/components/PhotoUpload';
import FormField, { LabelledText } from '@/components/FormField';
import { articleFields, draftFromLeads, draftProblem, toParagraphs, type ArticleDraft } from '@/lib/articleDraft';
import { useAction } from '@/hooks/useAction';
import { call } from '@/services/cloud';
import { messageOf } from '@/services/envelope';
import { articlePage } from '@/editor/components/Provenance';
import CreditsEditor from './CreditsEditor';
import LeadPicker from './LeadPicker';
import ParagraphsEditor from './ParagraphsEditor';
import './index.scss';

const fromArticle = (a: ArticleView): ArticleDraft => ({
  title: a.title,
  paragraphs: toParagraphs(a.body),
  photos: a.photos,
  credits: a.credits.map((c) => ({ id: c.id, name: c.name })),
  leadIds: a.leads.map((l) => l.id),
});

export default function ArticleEditPage() {
  const [articleId, setArticleId] = useState('');
  const [stage, setStage] = useState<'loading' | 'pick' | 'form'>('loading');
  const [draft, setDraft] = useState<ArticleDraft | null>(null);
  const [kind, setKind] = useState<ArticleKind | null>(null);
  const [leadTitles, setLeadTitles] = useState<string[]>([]);
  const [loadError, setLoadError] = useState('');
  const [problem, setProblem] = useState('');
  const [uploading, setUploading] = useState(false);

  const startFromLeads = (leads: LeadView[]) => {
    setDraft(draftFromLeads(leads, ARTICLE_PHOTOS_MAX));
    setLeadTitles(leads.map((l) => l.title));
    setKind('news');
    setStage('form');
  };

  useLoad((params: Record<string, string | undefined>) => {
    const id = decodeURIComponent(params.id ?? '');
    const leadIds = decodeURIComponent(params.leads ?? '')
      .split(',')
      .filter(Boolean);
    const load = async () => {
      if (id) {
        const article = await call('articles', 'get', { id });
        setArticleId(id);
        setDraft(fromArticle(article));
        setKind(article.kind);
        setLeadTitles(article.leads.map((l) => l.title));
        setStage('form');
        void Taro.setNavigationBarTitle({ title: '编辑稿件' });
      } else if (leadIds.length > 0) {
        startFromLeads(await Promise.all(leadIds.map((leadId) => call('leads', 'get', { id: leadId }))));
      } else setStage('pick');
    };
    load().catch((err) => setLoadError(messageOf(err)));
  });

  const set = <K extends keyof ArticleDraft>(key: K, value: ArticleDraft[K]) => {
    setDraft((d) => (d ? { ...d, [key]: value } : d));
    setProblem('');
  };

  const saving = useAction(
    ({ draft: d, kind: k }: { draft: ArticleDraft; kind: ArticleKind }) => {
      const fields = { ...articleFields(d), kind: k };
      if (articleId) return call('articles', 'save', { id: articleId, ...fields });
      return call('articles', 'create', { ...fields, leadIds: d.leadIds });
    },
    {
      invalidates: [['articles'], ['leads']],
      onDone: (saved) => {
        void Taro.showToast({ title: '稿件已保存', icon: 'none' });
        if (articleId) void Taro.navigateBack();
        else void Taro.redirectTo({ url: articlePage(saved.id) });
      },
    },
  );
  const error = loadError || saving.error;

  const save = async () => {
    if (!draft) return;
    const why = draftProblem(draft, kind, ARTICLE_TITLE_MAX);
    setProblem(why ?? '');
    saving.setError('');
    if (why || !kind) return;
    await saving.run({ draft, kind });
  };

  if (stage === 'pick')
    return (
      <DeskLayout>
        <LeadPicker onPicked={startFromLeads} />
      </DeskLayout>
    );
  if (!draft) return <DeskLayout>{error ? <ErrorBanner message={error} /> : <Loading />}</DeskLayout>;
  return (
    <DeskLayout className="article-edit">
      {error ? <ErrorBanner message={error} /> : null}
      <View className="card">
        <FormField desk label="来源线索">
          {leadTitles.map((t, i) => (
            <View key={i} className="muted js-source-lead">
              · {t}
            </View>
          ))}
        </FormField>
        <FormField desk label="体裁">
          <ChoiceChips
            className="js-kind"
            options={optionsOf(ARTICLE_KINDS, ARTICLE_KIND_LABELS)}
            value={kind}
            onChange={setKind}
          />
        </FormField>
        <LabelledText
          desk
          label="标题"
          className="js-article-title-input"
          placeholder="稿件标题"
          maxLength={ARTICLE_TITLE_MAX}
          value={draft.title}
          onChange={(v) => set('title', v)}
        />
        <FormField desk label="署名通讯员">
          <CreditsEditor credits={draft.credits} onChange={(c) => set('credits', c)} />
        </FormField>
      </View>
      <View className="card">
        <View className="card-title">正文</View>
        <View className="muted desk-gap">按段落编辑，保存为纯文本</View>
        <ParagraphsEditor
          paragraphs={draft.paragraphs}
          onChange={(update) => {
            setDraft((d) => (d ? { ...d, paragraphs: update(d.paragraphs) } : d));
            setProblem('');
          }}
        />
      </View>
      <View className="card">
        <View className="card-title">
          配图（{draft.photos.length}/{ARTICLE_PHOTOS_MAX}）
        </View>
        <View className="article-photos">
          {draft.photos.map((p) => (
            <View key={p.fileID} className="article-photos__cell js-article-photo">
              <Image className="article-photos__img" src={p.url} mode="aspectFill" />
              <View
                className="xx-upload__remove js-article-photo-remove"
                onClick={() =>
                  set(
                    'photos',
                    draft.photos.filter((x) => x.fileID !== p.fileID),
                  )
                }
              >
                ×
              </View>
            </View>
          ))}
        </View>
        {draft.photos.length < ARTICLE_PHOTOS_MAX ? (
          <PhotoUpload
            label="添加照片"
            value={null}
            onBusy={setUploading}
            onChange={(v) => v && set('photos', [...draft.photos, v])}
          />
        ) : null}
      </View>
      {problem ? <View className="field-error desk-gap js-article-problem">{problem}</View> : null}
      <AppButton
        kind="primary"
        size="large"
        block
        className="js-save-article"
        loading={saving.busy}
        disabled={uploading}
        onClick={() => void save()}
      >
        {articleId ? '保存修改' : '保存稿件'}
      </AppButton>
    </DeskLayout>
  );
}
