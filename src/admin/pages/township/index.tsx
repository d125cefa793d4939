// 镇设置 (admin): when a pending lead turns amber and red in the queue, the highlight summary sections, the
// lead categories, the kinds activities are recorded under, the words that send a lead to an editor's review (the
// local host's moderation), and how long rejected and merged leads keep their content. Removing a category is asked first; leads filed under it keep it.
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { DEFAULT_RETENTION_DAYS, fieldProblems, saveTownshipSchema, type MeView, type SaveTownshipInput } from '@core';
import { useState } from 'react';
import AppButton from '@/components/AppButton';
import ChoiceChips from '@/components/ChoiceChips';
import { confirmDestructive } from '@/components/ConfirmButton';
import DeskLayout from '@/components/DeskLayout';
import ErrorBanner from '@/components/ErrorBanner';
import FormField, { LabelledText } from '@/components/FormField';
import Loading from '@/components/Loading';
import TextField from '@/components/TextField';
import { useServerForm } from '@/hooks/useServerForm';
import { useQuery } from '@/hooks/useQuery';
import { byField } from '@/lib/fieldErrors';
import { call } from '@/services/cloud';
import { saveAccount } from '@/services/session';
import './index.scss';

/** A list being edited: every name shown (stored ones first, then added ones), and those still ticked. */
interface NameList {
  shown: string[];
  kept: string[];
}

interface Form {
  amber: string;
  red: string;
  highlightSections: NameList;
  categories: NameList;
  activityKinds: NameList;
  /** 发文机关 at the end of the year-end summary. */
  issuer: string;
  /** The moderation words as typed: separated by commas, 、 or spaces. */
  moderationWords: string;
  retentionDays: string;
}

const listOf = (names: string[]): NameList => ({ shown: [...names], kept: [...names] });
/** Ticked names in the order shown, so a save keeps the township's order. */
const keptOf = (list: NameList) => list.shown.filter((n) => list.kept.includes(n));

const formOf = (me: MeView): Form => ({
  amber: String(me.agingHours.amber),
  red: String(me.agingHours.red),
  highlightSections: listOf(me.highlightSections),
  categories: listOf(me.categories),
  activityKinds: listOf(me.activityKinds),
  issuer: me.issuer ?? '',
  moderationWords: (me.moderationWords ?? []).join('，'),
  retentionDays: String(me.retentionDays ?? DEFAULT_RETENTION_DAYS),
});

/** Typed words as a list: any run of commas, 、 or white space separates them; repeats are the schema's to name. */
const wordsOf = (text: string): string[] => text.split(/[,，、;；\s]+/).filter(Boolean);

/** Hours or days as typed; anything not a whole number goes to the schema as is, which says what is wrong. */
const wholeOf = (text: string): number => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

const payloadOf = (form: Form): SaveTownshipInput => ({
  agingHours: { amber: wholeOf(form.amber), red: wholeOf(form.red) },
  highlightSections: keptOf(form.highlightSections),
  categories: keptOf(form.categories),
  activityKinds: keptOf(form.activityKinds),
  issuer: form.issuer,
  moderationWords: wordsOf(form.moderationWords),
  retentionDays: wholeOf(form.retentionDays),
});

/** The same schema as the server, so the person sees the server's words before sending. */
function problemsOf(form: Form): Record<string, string> {
  const result = saveTownshipSchema.safeParse(payloadOf(form));
  return result.success ? {} : byField(fieldProblems(result.error));
}

function NameListField({
  name,
  label,
  list,
  onChange,
}: {
  name: string;
  label: string;
  list: NameList;
  onChange: (list: NameList) => void;
}) {
  const [adding, setAdding] = useState('');
  const add = () => {
    const text = adding.trim();
    if (!text) return;
    onChange({
      shown: list.shown.includes(text) ? list.shown : [...list.shown, text],
      kept: [...list.kept.filter((n) => n !== text), text],
    });
    setAdding('');
  };
  return (
    <View className={`js-${name}`}>
      <View className="muted">点一下取消勾选即移除，再点一下恢复</View>
      <ChoiceChips
        multiple
        options={list.shown.map((n) => ({ value: n, label: n }))}
        value={list.kept}
        onChange={(kept) => onChange({ ...list, kept })}
      />
      <View className="row">
        <TextField
          className={`desk-box desk-grow js-${name}-new`}
          placeholder={`新${label}，至多10个字`}
          maxLength={10}
          value={adding}
          onChange={setAdding}
          onConfirm={add}
        />
        <AppButton size="small" className={`js-${name}-add`} onClick={add}>
          添加
        </AppButton>
      </View>
    </View>
  );
}

/** The township's lists of names, edited alike: form field, test class, what one item is called, heading. */
const NAME_LISTS: {
  field: 'highlightSections' | 'categories' | 'activityKinds';
  name: string;
  label: string;
  heading: string;
}[] = [
  { field: 'highlightSections', name: 'sections', label: '栏目', heading: '亮点栏目（1到8个）' },
  { field: 'categories', name: 'categories', label: '类别', heading: '线索类别（1到30个）' },
  {
    field: 'activityKinds',
    name: 'activity-kinds',
    label: '类型',
    heading: '宣传活动类型（至多20个；“业务培训”须保留，已有活动的类型不能移除）',
  },
];

function SettingsForm({ me }: { me: MeView }) {
  const [stored, setStored] = useState(me);
  const { form, set, bind, problems, error, busy, save } = useServerForm({
    initial: () => formOf(me),
    check: problemsOf,
    // The desk's cached thresholds, sections and categories, and the lead form's categories, are read again.
    invalidates: [['accounts', 'me']],
    send: async (f: Form) => {
      const removed = stored.categories.filter((c) => !keptOf(f.categories).includes(c));
      const asked = `将移除：${removed.join('、')}。已报送的线索保留原类别，之后报送不能再选。`;
      if (removed.length > 0 && !(await confirmDestructive('移除类别', asked, '移除'))) return null;
      return call('accounts', 'saveTownship', payloadOf(f));
    },
    onSaved: (saved) => {
      setStored(saved);
      saveAccount(saved);
      void Taro.showToast({ title: '镇设置已保存', icon: 'none' });
    },
  });

  const hours = (key: 'amber' | 'red', tone: string, example: string) => (
    <>
      <View className="township__tone">{tone}</View>
      <TextField
        className={`desk-box js-aging-${key}`}
        placeholder={`例如 ${example}`}
        numeric
        maxLength={3}
        value={form[key]}
        onChange={(v) => set(key, v)}
      />
    </>
  );

  return (
    <View className="card js-township-form">
      {error ? <ErrorBanner message={error} /> : null}
      <FormField desk label="待审线索超时提醒（小时，1到720）" name="agingHours" problem={problems.agingHours}>
        <View className="row">
          {hours('amber', '黄色', '24')}
          {hours('red', '红色', '72')}
        </View>
      </FormField>
      {NAME_LISTS.map((l) => (
        <FormField key={l.field} desk label={l.heading} name={l.field} problem={problems[l.field]}>
          <NameListField name={l.name} label={l.label} list={form[l.field]} onChange={(v) => set(l.field, v)} />
        </FormField>
      ))}
      <LabelledText
        desk
        label="发文机关（年度总结落款，例如 中共某某镇委员会；不填则按镇名生成）"
        placeholder={`中共${me.townshipName ?? '某某镇'}委员会`}
        maxLength={40}
        {...bind('issuer')}
      />
      <LabelledText
        desk
        label="审核词（可留空；线索含其中任一词时标记为需人工审核，仍进入审核队列）"
        placeholder="多个词用逗号或空格分隔"
        {...bind('moderationWords')}
        className="js-moderation-words"
      />
      <LabelledText
        desk
        label="未采用、已合并线索的保存期限（天，30到3650；期满后删除其内容和照片，统计数字不变）"
        placeholder="例如 180"
        numeric
        maxLength={4}
        {...bind('retentionDays')}
        className="js-retention-days"
      />
      <AppButton kind="primary" block className="desk-gap js-township-save" loading={busy} onClick={() => void save()}>
        保存
      </AppButton>
    </View>
  );
}

export default function TownshipPage() {
  // The form starts from these values: a reload on show would not reach it, so there is none.
  const {
    data: me,
    error,
    reload,
  } = useQuery<MeView>(['accounts', 'me'], () => call('accounts', 'me', {}), {
    refreshOnShow: false,
  });

  return (
    <DeskLayout className="township">
      {error ? <ErrorBanner message={error} onRetry={() => void reload()} /> : null}
      {me ? <SettingsForm me={me} /> : error ? null : <Loading />}
    </DeskLayout>
  );
}
