// The typed map of functions → actions → payload and result, used by the app's gateway (services/cloud).
import type { MeView } from './accounts/profile';
import type { InviteRecord } from './records';
import type {
  BindInput,
  InviteInput,
  ListAccountsInput,
  MineInput,
  QueueInput,
  ReplyLeadInput,
  ReviewLeadInput,
  SubmitLeadInput,
} from './schemas';
import type { AccountView, LeadView, PageView, UnitView } from './views';

type Empty = Record<string, never>;

export interface Api {
  accounts: {
    me: { payload: Empty; result: MeView };
    bind: { payload: BindInput; result: MeView };
    units: { payload: Empty; result: UnitView[] };
    list: { payload: ListAccountsInput; result: PageView<AccountView> };
    invite: { payload: InviteInput; result: InviteRecord };
  };
  leads: {
    submit: { payload: SubmitLeadInput; result: LeadView };
    mine: { payload: MineInput; result: PageView<LeadView> };
    get: { payload: { id: string }; result: LeadView };
    reply: { payload: ReplyLeadInput; result: LeadView };
    queue: { payload: QueueInput; result: PageView<LeadView> };
    review: { payload: ReviewLeadInput; result: LeadView };
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
