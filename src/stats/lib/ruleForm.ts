// The assessment-method form: a rule version as editable strings, and back to stats.saveRule's payload with a
// Chinese message on each field that is wrong. Field keys are the payload's paths ("publication.provincial").
import { ARTICLE_KINDS, ARTICLE_KIND_LABELS, PUBLICATION_LEVELS, PUBLICATION_LEVEL_LABELS } from '@core/vocabulary';
import {
  saveRuleSchema,
  type AssessmentRule,
  type CreditSplit,
  type LevelCounting,
  type SaveRuleInput,
} from '@core/stats';
import { parseDate } from './period';

export interface RuleForm {
  name: string;
  effectiveFrom: string;
  levelCounting: LevelCounting;
  creditSplit: CreditSplit;
  /** Every number of the rule, by its payload path, as typed. */
  numbers: Record<string, string>;
}

export interface NumberField {
  key: string;
  label: string;
  unit: string;
  integer?: boolean;
  min?: number;
  max?: number;
}

/** The number fields in the order the form shows them, grouped by what they score. */
export const RULE_NUMBER_GROUPS: { title: string; fields: NumberField[] }[] = [
  {
    title: '线索',
    fields: [
      { key: 'leadSubmitted', label: '每报送1条线索', unit: '分' },
      { key: 'leadAccepted', label: '每条线索被采用', unit: '分' },
      { key: 'monthlyMinimumLeads', label: '每个单位每月至少报送', unit: '条', integer: true },
    ],
  },
  {
    title: '刊发（每篇）',
    // 自有平台 and 新媒体 are channels, not media levels: no "媒体" after them.
    fields: PUBLICATION_LEVELS.map((l) => ({
      key: `publication.${l}`,
      label: l === 'own' || l === 'newmedia' ? PUBLICATION_LEVEL_LABELS[l] : `${PUBLICATION_LEVEL_LABELS[l]}媒体`,
      unit: '分',
    })),
  },
  {
    title: '体裁加分（每篇刊发稿件）',
    fields: ARTICLE_KINDS.map((k) => ({ key: `kindBonus.${k}`, label: ARTICLE_KIND_LABELS[k], unit: '分' })),
  },
  {
    title: '长稿加分',
    fields: [
      { key: 'longArticle.minChars', label: '正文达到', unit: '字', integer: true, min: 1, max: 100_000 },
      { key: 'longArticle.bonus', label: '加', unit: '分' },
    ],
  },
];

export const LEVEL_COUNTING_LABELS: Record<LevelCounting, string> = {
  highest: '同一稿件只计最高级别',
  every: '每个级别分别计分',
};
export const CREDIT_SPLIT_LABELS: Record<CreditSplit, string> = {
  equal: '署名作者平分',
  full: '每位作者计全分',
  first: '全部计给第一作者',
};

/** saveRuleSchema's ceiling for points and counts. */
const MAX = 1000;

function numbersOf(rule: AssessmentRule): Record<string, string> {
  const n: Record<string, string> = {
    leadSubmitted: String(rule.leadSubmitted),
    leadAccepted: String(rule.leadAccepted),
    monthlyMinimumLeads: String(rule.monthlyMinimumLeads),
    'longArticle.minChars': String(rule.longArticle.minChars),
    'longArticle.bonus': String(rule.longArticle.bonus),
  };
  for (const l of PUBLICATION_LEVELS) n[`publication.${l}`] = String(rule.publication[l]);
  for (const k of ARTICLE_KINDS) n[`kindBonus.${k}`] = String(rule.kindBonus[k]);
  return n;
}

/** A new version starts from the one in effect, named after its start date. */
export function formFromRule(rule: AssessmentRule, effectiveFrom: string): RuleForm {
  return {
    name: `${effectiveFrom.slice(0, 4)}年考核办法`,
    effectiveFrom,
    levelCounting: rule.levelCounting,
    creditSplit: rule.creditSplit,
    numbers: numbersOf(rule),
  };
}

const FIELDS = RULE_NUMBER_GROUPS.flatMap((g) => g.fields);

/** The payload, or the message of every field that needs fixing. */
export function ruleFromForm(form: RuleForm): { input: SaveRuleInput } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const value: Record<string, number> = {};
  for (const f of FIELDS) {
    const raw = (form.numbers[f.key] ?? '').trim();
    const n = Number(raw);
    const [min, max] = [f.min ?? 0, f.max ?? MAX];
    if (raw === '' || !Number.isFinite(n)) errors[f.key] = '请填写数字';
    else if (f.integer && !Number.isInteger(n)) errors[f.key] = '请填写整数';
    else if (n < min || n > max) errors[f.key] = `请填写${min}到${max}之间的数`;
    else value[f.key] = n;
  }
  const name = form.name.trim();
  if (!name) errors.name = '请填写名称';
  else if (name.length > 40) errors.name = '名称最多40个字';
  if (!parseDate(form.effectiveFrom)) errors.effectiveFrom = '请选择生效日期';
  if (Object.keys(errors).length > 0) return { errors };

  const pick = (prefix: string, keys: readonly string[]) =>
    Object.fromEntries(keys.map((k) => [k, value[`${prefix}.${k}`]!]));
  const input = {
    name,
    effectiveFrom: form.effectiveFrom,
    leadSubmitted: value.leadSubmitted!,
    leadAccepted: value.leadAccepted!,
    publication: pick('publication', PUBLICATION_LEVELS),
    kindBonus: pick('kindBonus', ARTICLE_KINDS),
    longArticle: { minChars: value['longArticle.minChars']!, bonus: value['longArticle.bonus']! },
    levelCounting: form.levelCounting,
    creditSplit: form.creditSplit,
    monthlyMinimumLeads: value.monthlyMinimumLeads!,
  };
  // The server's own schema has the last word: a check added there is caught here before any call.
  const parsed = saveRuleSchema.safeParse(input);
  if (!parsed.success) return { errors: { _: parsed.error.issues[0]?.message ?? '考核办法填写有误' } };
  return { input: parsed.data };
}
