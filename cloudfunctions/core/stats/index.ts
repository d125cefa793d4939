// What the app's stats subpackage takes from the statistics (`@core/stats`): the rule's schema and defaults,
// period and export payloads, and the shapes of figures, rankings and exports. No server code.
export * from './schemas';
export { CREDIT_SPLITS, DEFAULT_EFFECTIVE_FROM, defaultRule, LEVEL_COUNTING, saveRuleSchema } from './rule';
export type { AssessmentRule, CreditSplit, LevelCounting, RulePoints, SaveRuleInput } from './rule';
export { PUBLICATION_BUCKETS } from './figures';
export type { HighlightSection, PublicationBucket, SummaryFigures, SummaryResult, UnitLeadFigures } from './figures';
export type { Alerts, ExplainItem, ExplainKind, ExplainResult, RankBy, RankingRow } from './ranking';
export type { ExportResult, RulesResult } from './views';
export type { SectionKey, SummaryDocument, SummaryDraftView, SummarySection } from './summaryDocument';
export { ISSUER_MAX, SECTION_TEXT_MAX, TITLE_MAX } from './summaryDocument';
export { chineseDate } from './wording';
export { platformsForMonth, stoppedOn } from './unitLife';
