// What the app may import from the core: vocabulary, schemas and view types (no server code). The typed API map
// is derived from the function tables in cloudfunctions/functions/api.ts (`@api`, imported as types only).
export * from './vocabulary';
export * from './leads/schemas';
export * from './accounts/schemas';
export * from './articles/schemas';
export type { ErrorBody, ErrorCode, Envelope } from './errors';
export type {
  AccountView,
  LeadCounts,
  LeadTimeliness,
  LeadView,
  PageView,
  PhotoView,
  ReviewManyItem,
  ReviewManyResult,
  UnitView,
} from './leads/views';
export type { ArticleLeadView, ArticleView, CreditView, PublicationView } from './articles/views';
export type { LoginResult, MeView } from './accounts/profile';
export type { AgingHours } from './leads/records';
export { describeIssue, fieldProblems, FIELD_LABELS } from './validation';
export { statusAfterDecision, DECISIONS_NEEDING_NOTE } from './leads/status';
