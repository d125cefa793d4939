// What the app may import from the core: vocabulary, schemas, the API map and view types (no server code).
export * from './vocabulary';
export * from './schemas';
export * from './api';
export type { ErrorBody, ErrorCode, Envelope } from './errors';
export type { AccountView, LeadView, PageView, PhotoView, UnitView } from './views';
export type { MeView } from './accounts/profile';
export { describeIssue, fieldProblems, FIELD_LABELS } from './validation';
export { statusAfterDecision, DECISIONS_NEEDING_NOTE } from './leadStatus';
