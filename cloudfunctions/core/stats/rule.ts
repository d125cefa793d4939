// The assessment method (考核办法): points per lead and publication, bonuses, counting and credit rules, versioned
// by the date from which each version applies. Points are never stored: every query derives them from the records.
import * as z from 'zod/mini';
import { dateSchema, text } from '../fields';
import { ARTICLE_KINDS, PUBLICATION_LEVELS, type ArticleKind, type PublicationLevel } from '../vocabulary';

/** `highest`: each article scores once, at its highest level; `every`: each publication scores at its own level. */
export const LEVEL_COUNTING = ['highest', 'every'] as const;
export type LevelCounting = (typeof LEVEL_COUNTING)[number];

/** How an article's points go to its credited reporters: split equally, in full to each, or all to the first. */
export const CREDIT_SPLITS = ['equal', 'full', 'first'] as const;
export type CreditSplit = (typeof CREDIT_SPLITS)[number];

export interface RulePoints {
  leadSubmitted: number;
  leadAccepted: number;
  publication: Record<PublicationLevel, number>;
  /** Extra points once per published article, by its kind (e.g. 人物通讯). */
  kindBonus: Record<ArticleKind, number>;
  /** Extra points once per published article whose body has at least `minChars` characters. */
  longArticle: { minChars: number; bonus: number };
}

export interface AssessmentRule extends RulePoints {
  /** `default` for the built-in rule; otherwise the stored version's id. */
  id: string;
  townshipId: string;
  name: string;
  /** YYYY-MM-DD (Asia/Shanghai): this version applies to events on or after this date, until the next version. */
  effectiveFrom: string;
  levelCounting: LevelCounting;
  creditSplit: CreditSplit;
  /** Each unit is expected to send at least this many leads per calendar month (0: no minimum). */
  monthlyMinimumLeads: number;
  createdBy: string | null;
  createdAt: string | null;
}

/** The rule every township has until an admin saves its own; it covers all dates before the first saved version. */
export const DEFAULT_EFFECTIVE_FROM = '2000-01-01';

export function defaultRule(townshipId: string): AssessmentRule {
  return {
    id: 'default',
    townshipId,
    name: '默认考核办法',
    effectiveFrom: DEFAULT_EFFECTIVE_FROM,
    leadSubmitted: 1,
    leadAccepted: 2,
    publication: { national: 30, provincial: 15, municipal: 8, county: 4, own: 1, newmedia: 1 },
    kindBonus: { news: 0, feature: 2, profile: 3, photo: 0, commentary: 2 },
    longArticle: { minChars: 1500, bonus: 2 },
    levelCounting: 'highest',
    creditSplit: 'equal',
    monthlyMinimumLeads: 2,
    createdBy: null,
    createdAt: null,
  };
}

/** Versions in force order, the default first unless a saved version starts on or before its date. */
export function ruleVersions(townshipId: string, saved: AssessmentRule[]): AssessmentRule[] {
  const sorted = [...saved].sort((a, b) =>
    a.effectiveFrom === b.effectiveFrom
      ? (a.createdAt ?? '').localeCompare(b.createdAt ?? '')
      : a.effectiveFrom.localeCompare(b.effectiveFrom),
  );
  // Two versions saved for the same date: the later save wins, so keep only the last one per date.
  const byDate = new Map(sorted.map((r) => [r.effectiveFrom, r]));
  const versions = [...byDate.values()];
  if (!versions[0] || versions[0].effectiveFrom > DEFAULT_EFFECTIVE_FROM) versions.unshift(defaultRule(townshipId));
  return versions;
}

/** The version in effect on `date`: the latest effectiveFrom ≤ date (the earliest version for older dates). */
export function ruleInEffect(versions: AssessmentRule[], date: string): AssessmentRule {
  let found = versions[0]!;
  for (const v of versions) if (v.effectiveFrom <= date) found = v;
  return found;
}

const points = z.number().check(z.gte(0), z.lte(1000));
const byLevel = z.strictObject(
  Object.fromEntries(PUBLICATION_LEVELS.map((l) => [l, points])) as Record<PublicationLevel, typeof points>,
);
const byKind = z.strictObject(
  Object.fromEntries(ARTICLE_KINDS.map((k) => [k, points])) as Record<ArticleKind, typeof points>,
);

/** stats.saveRule: a new version; earlier versions stay and keep scoring their own dates. */
export const saveRuleSchema = z.strictObject({
  name: text(40),
  effectiveFrom: dateSchema,
  leadSubmitted: points,
  leadAccepted: points,
  publication: byLevel,
  kindBonus: byKind,
  longArticle: z.strictObject({ minChars: z.int().check(z.gte(1), z.lte(100_000)), bonus: points }),
  levelCounting: z.enum(LEVEL_COUNTING),
  creditSplit: z.enum(CREDIT_SPLITS),
  monthlyMinimumLeads: z.int().check(z.gte(0), z.lte(1000)),
});
export type SaveRuleInput = z.infer<typeof saveRuleSchema>;
