// 年度总结: the period's summary document in the seed's four parts, edited here and saved as one types (autosave
// with a visible 已保存/保存中 state, a warning before leaving unsaved text), each part redrafted on request, and
// exported as the finished Word file. The saved draft is what 导出Word writes.
import { View } from '@tarojs/components';
import { useUnload } from '@tarojs/taro';
import {
  ISSUER_MAX,
  SECTION_TEXT_MAX,
  TITLE_MAX,
  type SectionKey,
  type SummaryDocument,
  type SummaryDraftView,
} from '@core/stats';
import { useEffect, useRef, useState } from 'react';
import AppButton from '@/components/AppButton';
import { confirmDestructive } from '@/components/ConfirmButton';
import DeskLayout from '@/components/DeskLayout';
import ErrorBanner from '@/components/ErrorBanner';
import { LabelledText } from '@/components/FormField';
import Loading from '@/components/Loading';
import TextField from '@/components/TextField';
import { useQuery } from '@/hooks/useQuery';
import { Autosaver, SAVE_STATE_LABELS, type SaveState } from '@/stats/lib/summaryAutosave';
import type { Period } from '@/stats/lib/period';
import { useAction } from '@/hooks/useAction';
import { call } from '@/services/cloud';
import ExportPanel from '@/stats/components/ExportPanel';
import PeriodPicker from '@/stats/components/PeriodPicker';
import { usePeriod } from '@/stats/hooks/usePeriod';
import '@/stats/components/stats.scss';
import './index.scss';

/** Quiet time after the last keystroke before the draft is saved. */
const AUTOSAVE_MS = 1500;
const NUMBERED = ['', '一、', '二、', '三、'];

type HeadKey = 'title' | 'issuer' | 'signedOn';
/** The fields above the sections: label, the hook the e2e tests use, example and the schema's length limit. */
const HEAD_FIELDS: Record<HeadKey, { label: string; js: string; placeholder: string; maxLength: number }> = {
  title: { label: '标题', js: 'js-summary-title', placeholder: '某某镇2026年宣传思想工作总结', maxLength: TITLE_MAX },
  issuer: {
    label: '落款（发文机关）',
    js: 'js-summary-issuer',
    placeholder: '中共某某镇委员会',
    maxLength: ISSUER_MAX,
  },
  signedOn: { label: '成文日期', js: 'js-summary-signed', placeholder: '2026-12-31', maxLength: 10 },
};

const documentOf = (d: SummaryDraftView): SummaryDocument => ({
  title: d.title,
  issuer: d.issuer,
  signedOn: d.signedOn,
  sections: d.sections,
});

function useLeaveWarning(saver: React.MutableRefObject<Autosaver<SummaryDocument> | null>) {
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5') return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      if (!saver.current?.dirty) return;
      void saver.current.flush();
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [saver]);
  // Leaving the page inside the app: what is pending is saved on the way out.
  useUnload(() => void saver.current?.flush());
}

export default function SummaryPage() {
  const [period, setPeriodNow] = usePeriod();
  // Not reloaded when the page is shown again: the answer seeds text being typed.
  const loaded = useQuery(
    ['stats', 'summaryDraft', period],
    () => call('stats', 'summaryDraft', { from: period.from, to: period.to }),
    { refreshOnShow: false },
  );
  const [doc, setDoc] = useState<SummaryDocument | null>(null);
  const [save, setSave] = useState<{ state: SaveState; message?: string }>({ state: 'saved' });
  const saver = useRef<Autosaver<SummaryDocument> | null>(null);
  useLeaveWarning(saver);

  // Each loaded draft gets its own saver, bound to its period: a late save never lands on another period.
  useEffect(() => {
    if (!loaded.data) return undefined;
    const { from, to } = period;
    const mine = new Autosaver<SummaryDocument>(loaded.data.savedAt, {
      delayMs: AUTOSAVE_MS,
      save: (d, baseSavedAt) => call('stats', 'saveSummaryDraft', { from, to, ...d, baseSavedAt }),
      onState: (state, message) => setSave({ state, message }),
    });
    saver.current = mine;
    setDoc(documentOf(loaded.data));
    setSave({ state: loaded.data.savedAt ? 'saved' : 'fresh' });
    // A draft replaced (another period, a reload) first sends what was typed into it, to its own period.
    return () => void mine.flush().finally(() => mine.dispose());
    // The period is read when its draft arrives; a new period always brings a new draft.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded.data]);

  // Edits apply to the document as it is now: a regenerated part arriving after the editor typed elsewhere (its call
  // began on an older render) must not put the older text back.
  const latest = useRef(doc);
  latest.current = doc;
  const edit = (change: Partial<SummaryDocument>) => {
    if (!latest.current) return;
    const next = { ...latest.current, ...change };
    latest.current = next;
    setDoc(next);
    saver.current?.edit(next);
  };
  const headField = (key: HeadKey) => {
    const f = HEAD_FIELDS[key];
    return (
      <LabelledText
        desk
        label={f.label}
        className={f.js}
        placeholder={f.placeholder}
        maxLength={f.maxLength}
        value={doc?.[key] ?? ''}
        onChange={(value) => edit({ [key]: value })}
      />
    );
  };
  const editSection = (key: SectionKey, text: string) =>
    latest.current && edit({ sections: latest.current.sections.map((s) => (s.key === key ? { ...s, text } : s)) });

  /** Typing is saved before another period's draft replaces it. */
  const setPeriod = (next: Period) => {
    void (saver.current?.flush() ?? Promise.resolve()).then(() => setPeriodNow(next));
  };

  // The period on screen now: a part redrafted for a period the editor has since left is dropped, not written into
  // the next period's document.
  const shown = useRef(period);
  shown.current = period;
  const redraft = useAction(
    ({ key, from, to }: { key: SectionKey; from: string; to: string }) =>
      call('stats', 'summaryDraft', { from, to, regenerate: key }),
    {
      onDone: (fresh, { key, from, to }) => {
        if (shown.current.from !== from || shown.current.to !== to) return;
        const section = fresh.sections.find((s) => s.key === key);
        if (section) editSection(key, section.text);
      },
    },
  );
  const regenerate = async (key: SectionKey, heading: string) => {
    const asked = `将按本时段的记录重新起草“${heading}”，这一部分现有的文字会被替换，其他部分不变。`;
    if (await confirmDestructive('重新生成', asked, '重新生成'))
      await redraft.run({ key, from: period.from, to: period.to });
  };

  const beforeExport = async () => {
    await saver.current?.flush();
    if (saver.current?.dirty) throw new Error('总结尚未保存，请稍后重试');
  };

  return (
    <DeskLayout className="stats summary">
      <PeriodPicker value={period} onChange={setPeriod} />
      {loaded.error ? <ErrorBanner message={loaded.error} onRetry={() => void loaded.reload()} /> : null}
      {loaded.loading && !doc ? <Loading /> : null}
      {doc ? (
        <>
          <View className="card">
            <View className="row-between">
              <View className="card-title">总结文稿</View>
              <View className={`summary__save summary__save--${save.state} js-save-state`}>
                {SAVE_STATE_LABELS[save.state]}
                {save.message && save.state !== 'conflict' ? `：${save.message}` : ''}
              </View>
            </View>
            {save.state === 'conflict' ? (
              <ErrorBanner
                message="这份总结已在别处保存了更新的版本。请复制本页改动后重新载入。"
                onRetry={() => void loaded.reload()}
              />
            ) : null}
            {redraft.error ? <ErrorBanner message={redraft.error} /> : null}
            <View className="muted summary__hint">
              根据记录起草，按“（一）”“一是”“1.”分层书写，导出时自动编号；改动自动保存，导出Word即为此稿。
            </View>
            {headField('title')}
            <View className="row summary__sign">
              <View className="desk-grow">{headField('issuer')}</View>
              <View>{headField('signedOn')}</View>
            </View>
          </View>
          {doc.sections.map((s, i) => (
            <View key={s.key} className={`card js-section js-section-${s.key}`}>
              <View className="row-between">
                <View className="card-title">{s.key === 'preamble' ? '导语' : `${NUMBERED[i]}${s.heading}`}</View>
                <AppButton
                  size="small"
                  className={`js-regenerate-${s.key}`}
                  loading={redraft.pending?.key === s.key}
                  disabled={redraft.busy}
                  onClick={() => void regenerate(s.key, s.heading)}
                >
                  重新生成
                </AppButton>
              </View>
              <TextField
                className={`summary__draft summary__draft--${s.key} js-section-text ${s.key === 'done' ? 'js-draft' : ''}`}
                multiline
                placeholder={s.key === 'plans' ? '（一）……。一是……。二是……。' : '本部分正文'}
                value={s.text}
                maxLength={SECTION_TEXT_MAX}
                onChange={(text) => editSection(s.key, text)}
              />
            </View>
          ))}
          <ExportPanel period={period} beforeExport={beforeExport} />
        </>
      ) : null}
    </DeskLayout>
  );
}
