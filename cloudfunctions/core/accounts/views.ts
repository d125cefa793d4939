// What clients receive for accounts and units (DESIGN 4.3), built from records.
import type { AccountRecord, UnitRecord, AgingHours } from './records';
import type { Role } from '../vocabulary';

export interface AccountView {
  id: string;
  name: string;
  role: Role;
  townshipId: string;
  townshipName?: string;
  unitId: string | null;
  unitName: string | null;
  phone: string | null;
  active: boolean;
  /** The local host's login name, null for WeChat-only accounts. */
  username: string | null;
}

/** A unit as clients see it: its record without the township (the caller's own). */
export type UnitView = Omit<UnitRecord, 'townshipId'>;

/** Lists show phones masked: 138****5678. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}

export function accountView(
  account: AccountRecord,
  unitName: string | null,
  options: { maskPhone: boolean; townshipName?: string },
): AccountView {
  return {
    id: account.id,
    name: account.name,
    role: account.role,
    townshipId: account.townshipId,
    ...(options.townshipName ? { townshipName: options.townshipName } : {}),
    unitId: account.unitId,
    unitName,
    phone: options.maskPhone ? maskPhone(account.phone) : account.phone,
    active: account.active,
    username: account.username,
  };
}

export function unitView(unit: UnitRecord): UnitView {
  // Field by field, so nothing else a store's document carries (WeChat's _id, _openid) reaches a client.
  const { id, name, kind, platforms, createdAt, deactivatedAt, platformSince, platformRuns } = unit;
  return { id, name, kind, platforms, createdAt, deactivatedAt, platformSince, platformRuns };
}

export interface MeView extends AccountView {
  categories: string[];
  /** When a pending lead turns amber and red in the queue (township setting). */
  agingHours: AgingHours;
  /** Summary sections a lead may be marked a highlight under (township setting). */
  highlightSections: string[];
  /** Kinds an activity may be recorded under (township setting). */
  activityKinds: string[];
  /** The issuing body at the end of the summary document (township setting); '' until set. */
  issuer: string;
  /** Cloud storage folder for the app's own uploads (WeChat), null on the local host. */
  uploadFolder: string | null;
  /** True while the account holds a one-time password: nothing but accounts.changePassword is allowed. */
  mustChangePassword: boolean;
  /** Admins only: the township's moderation words (镇设置). */
  moderationWords?: string[];
  /** Admins only: days a rejected or merged lead keeps its text and photos (镇设置). */
  retentionDays?: number;
}

/** The account the local host's /api/login returns next to the token. */
export interface LoginResult {
  token: string;
  account: {
    id: string;
    name: string;
    role: Role;
    townshipId: string;
    unitId: string | null;
    /** True while the account holds a one-time password: the app asks for a new one before anything else. */
    mustChangePassword?: boolean;
  };
}
