// What the account services ask of the adapters: accounts and invites, the township and its units, password hashes.
import type { CursorKey, Page } from '../cursor';
import type { ActivityRecord } from '../activities/records';
import type { Role } from '../vocabulary';
import type { AccountEvent, AccountRecord, InviteRecord, TownshipRecord, UnitRecord } from './records';

/** An account's place in the list by name: the `after` of the page that follows it. */
export const accountCursorKey = (a: AccountRecord): CursorKey => [a.name, a.id];

export interface AccountQuery {
  townshipId: string;
  role?: Role;
  unitId?: string;
  active?: boolean;
  after?: CursorKey; // accountCursorKey
  limit: number;
}

/** `ctx.accounts`: the people who use the app, and the invite codes that bind a WeChat user to a new account. */
export interface AccountStore {
  getAccount(id: string): Promise<AccountRecord | null>;
  getAccountByOpenid(openid: string): Promise<AccountRecord | null>;
  accountNames(ids: string[]): Promise<Map<string, string>>;
  listAccounts(query: AccountQuery): Promise<Page<AccountRecord>>;
  insertAccount(account: AccountRecord): Promise<void>;
  /** Rewrites an existing account (admin edits); never deletes one. */
  updateAccount(account: AccountRecord): Promise<void>;
  findAccountByUsername(username: string): Promise<AccountRecord | null>;
  /**
   * Rewrites the account as erased (openid and username released too), raises its credentials version so every
   * token ends, and appends `event` to the accounts' audit log in the same step.
   */
  eraseAccount(account: AccountRecord, event: AccountEvent): Promise<void>;
  /**
   * The activities naming the account as an attendee (trainings are activities of kind 业务培训), newest first: read
   * here, not through `ctx.activities`, because the accounts bundle on WeChat carries no statistics store and a
   * person's export must list them (PIPL Art. 45).
   */
  activitiesAttendedBy(townshipId: string, accountId: string): Promise<ActivityRecord[]>;
  /** The accounts' audit log of one account, oldest first. */
  accountEvents(townshipId: string, accountId: string): Promise<AccountEvent[]>;

  insertInvite(invite: InviteRecord): Promise<void>;
  getInvite(code: string): Promise<InviteRecord | null>;
  /**
   * Takes one use of the invite and inserts the account as one step: false, with nothing written, when no use is
   * left; CONFLICT, with the use kept, when the openid (or username) has an account already.
   */
  bindAccount(code: string, account: AccountRecord): Promise<boolean>;
}

/** `ctx.townships`: the township's settings and its units. */
export interface TownshipStore {
  getTownship(id: string): Promise<TownshipRecord | null>;
  /** Every township this deployment holds (scheduled jobs that look after each one: retention). */
  listTownships(): Promise<TownshipRecord[]>;
  /** Rewrites the township's settings (categories, agingHours, highlightSections); its name and time zone stay. */
  updateTownship(township: TownshipRecord): Promise<void>;
  listUnits(townshipId: string): Promise<UnitRecord[]>;
  /** Inserts or rewrites a unit of the township. */
  saveUnit(unit: UnitRecord): Promise<void>;
  /** How many of the township's activities are of each of `kinds`; a kind nobody used is absent (or 0). */
  activityKindCounts(townshipId: string, kinds: string[]): Promise<Record<string, number>>;
}

/**
 * `ctx.passwords`: the core never sees a stored hash's format (scrypt, cloudfunctions/shared/passwords.ts). Not a
 * store: hashing is CPU work with no records behind it, and the login check needs it without a function call.
 */
export interface Passwords {
  hashPassword(password: string): Promise<string>;
  /**
   * False for a wrong password and for anything that is not a hash of ours. `null` (an unknown username) is checked
   * against a decoy hash, so both cases take the same time.
   */
  verifyPassword(password: string, stored: string | null): Promise<boolean>;
}
