// Records for the wx adapter tests: two townships, units, accounts and a lead factory with controllable keys.
import { toDoc } from '../../cloudfunctions/adapters/wx/documents';
import {
  newTownship,
  type AccountRecord,
  type InviteRecord,
  type TownshipRecord,
  type UnitRecord,
} from '../../cloudfunctions/core/accounts/records';
import type { LeadRecord } from '../../cloudfunctions/core/leads/records';
import type { FakeDb } from './fakeDb';
import { LONG_AGO } from '../support/unitHistory';

export const T1: TownshipRecord = newTownship('t1', '示范镇');
export const T2: TownshipRecord = newTownship('t2', '邻镇');

export { LONG_AGO };

export const UNITS: UnitRecord[] = [
  { id: 'u1', townshipId: 't1', name: '东村', kind: 'village', platforms: ['wechat_official'], ...LONG_AGO },
  { id: 'u2', townshipId: 't1', name: '西村', kind: 'village', platforms: [], ...LONG_AGO },
  { id: 'u9', townshipId: 't2', name: '邻村', kind: 'village', platforms: [], ...LONG_AGO },
];

export function account(over: Partial<AccountRecord> & { id: string }): AccountRecord {
  return {
    townshipId: 't1',
    unitId: null,
    role: 'reporter',
    name: `用户${over.id}`,
    phone: '13800000000',
    username: null,
    passwordHash: null,
    openid: null,
    active: true,
    createdAt: '2024-01-01T00:00:00.000Z',
    ...over,
  };
}

export function invite(over: Partial<InviteRecord> & { code: string }): InviteRecord {
  return {
    townshipId: 't1',
    unitId: 'u1',
    role: 'reporter',
    expiresAt: '2099-01-01T00:00:00.000Z',
    usesLeft: 1,
    createdBy: 'admin',
    createdAt: '2024-01-01T00:00:00.000Z',
    ...over,
  };
}

let seq = 0;
export function lead(over: Partial<LeadRecord> = {}): LeadRecord {
  seq += 1;
  const n = String(seq).padStart(12, '0');
  return {
    id: `gen-${n}`,
    townshipId: 't1',
    unitId: 'u1',
    authorId: 'r1',
    clientId: `00000000-0000-4000-8000-${n}`,
    title: `线索${seq}`,
    body: '村里举办了丰收节活动',
    category: '文化活动',
    occurredAt: null,
    place: null,
    photos: [],
    urgent: false,
    status: 'submitted',
    history: [],
    replies: [],
    mergedInto: null,
    highlightSection: null,
    createdAt: '2024-03-01T08:00:00.000Z',
    updatedAt: '2024-03-01T08:00:00.000Z',
    version: 1,
    ...over,
  };
}

/** Writes townships, units and accounts straight into the fake, as an admin console or seed would. */
export function seedBasics(db: FakeDb, accounts: AccountRecord[] = []): void {
  for (const t of [T1, T2]) db.table('townships').set(t.id, toDoc(t));
  for (const u of UNITS) db.table('units').set(u.id, toDoc(u));
  for (const a of accounts) db.table('accounts').set(a.id, toDoc(a));
}
