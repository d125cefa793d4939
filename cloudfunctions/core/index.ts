// What the app may import from the core: vocabulary, schemas and view types (no server code). The typed API map
// is derived from the function tables in cloudfunctions/functions/api.ts (`@api`, imported as types only).
export * from './vocabulary';
export * from './leads/schemas';
export * from './accounts/schemas';
export * from './articles/schemas';
export * from './moderation/verdicts';
export * from './moderation/schemas';
export type { ErrorBody, ErrorCode, Envelope } from './errors';
export type { AccountView, UnitView, LoginResult, MeView } from './accounts/views';
export type { LeadCounts, LeadTimeliness, LeadView, ReviewManyItem, ReviewManyResult } from './leads/views';
export type { PageView } from './cursor';
export type { PhotoView } from './photos';
export type { ArticleLeadView, ArticleView, CreditView, PublicationView } from './articles/views';
export type { AgingHours } from './accounts/records';
export { describeIssue, fieldProblems, FIELD_LABELS, type FieldProblem } from './validation';
export { statusAfterDecision, DECISIONS_NEEDING_NOTE } from './leads/status';
