// The typed map of functions → actions → payload and result, used by the app's gateway (services/cloud).
import type { MeView } from './accounts/profile';
import type { SaveAccountInput, SaveTownshipInput, SaveUnitInput } from './accounts/schemas';
import type {
  AddPublicationInput,
  CreateArticleInput,
  ListArticlesInput,
  RemovePublicationInput,
  SaveArticleInput,
} from './articles/schemas';
import type { ArticleView } from './articles/views';
import type { InviteRecord } from './records';
import type {
  BindInput,
  HighlightInput,
  InviteInput,
  LeadCountsInput,
  ListAccountsInput,
  MineInput,
  QueueInput,
  ReplyLeadInput,
  ReviewLeadInput,
  ReviewManyInput,
  SubmitLeadInput,
} from './schemas';
import type { AccountView, LeadCounts, LeadView, PageView, ReviewManyResult, UnitView } from './views';

import type { StatsApi } from './stats/api';

type Empty = Record<string, never>;

/** Every function's actions; stats and trainings are declared beside their domain (core/stats/api.ts). */
export interface Api extends StatsApi {
  accounts: {
    me: { payload: Empty; result: MeView };
    bind: { payload: BindInput; result: MeView };
    units: { payload: Empty; result: UnitView[] };
    list: { payload: ListAccountsInput; result: PageView<AccountView> };
    invite: { payload: InviteInput; result: InviteRecord };
    /** Admin: create (no id) or change an account; `active: false` deactivates it, its records stay. */
    save: { payload: SaveAccountInput; result: AccountView };
    /** Admin: create (no id) or change a unit and its publicity platforms. */
    saveUnit: { payload: SaveUnitInput; result: UnitView };
    /** Admin: the township's aging thresholds, highlight sections and categories; absent fields keep theirs. */
    saveTownship: { payload: SaveTownshipInput; result: MeView };
  };
  leads: {
    submit: { payload: SubmitLeadInput; result: LeadView };
    mine: { payload: MineInput; result: PageView<LeadView> };
    get: { payload: { id: string }; result: LeadView };
    reply: { payload: ReplyLeadInput; result: LeadView };
    /** Default status `submitted`; urgent first, then oldest. `from`/`to` are inclusive dates on createdAt. */
    queue: { payload: QueueInput; result: PageView<LeadView> };
    review: { payload: ReviewLeadInput; result: LeadView };
    /** Leads per status under the same filters as the queue (without status). */
    counts: { payload: LeadCountsInput; result: LeadCounts };
    /** Up to 5 likely duplicates: same unit, created within 3 days, similar title; most similar first. */
    twins: { payload: { id: string }; result: LeadView[] };
    /** Accept or reject several leads; each is decided on its own and reported in `results`, in the order given. */
    reviewMany: { payload: ReviewManyInput; result: ReviewManyResult };
    /** Marks a lead a highlight under one of the township's sections (`me.highlightSections`), or `null` to unmark. */
    highlight: { payload: HighlightInput; result: LeadView };
  };
  articles: {
    create: { payload: CreateArticleInput; result: ArticleView };
    save: { payload: SaveArticleInput; result: ArticleView };
    get: { payload: { id: string }; result: ArticleView };
    /** Newest first. */
    list: { payload: ListArticlesInput; result: PageView<ArticleView> };
    /** Adds a publication (or replaces `publicationId`); the article becomes `published`. */
    addPublication: { payload: AddPublicationInput; result: ArticleView };
    /** The article goes back to `draft` when its last publication is removed. */
    removePublication: { payload: RemovePublicationInput; result: ArticleView };
  };
}

export type FnName = keyof Api;
export type ActionName<F extends FnName> = keyof Api[F] & string;
export type Payload<F extends FnName, A extends ActionName<F>> = Api[F][A] extends { payload: infer P } ? P : never;
export type Result<F extends FnName, A extends ActionName<F>> = Api[F][A] extends { result: infer R } ? R : never;

/** The account the local host's /api/login returns next to the token. */
export interface LoginResult {
  token: string;
  account: { id: string; name: string; role: 'reporter' | 'editor' | 'admin'; townshipId: string; unitId: string | null };
}
