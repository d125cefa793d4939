// What the account services ask of the store.
import type { CursorKey } from '../cursor';
import type { Role } from '../vocabulary';

export interface AccountQuery {
  townshipId: string;
  role?: Role;
  unitId?: string;
  active?: boolean;
  after?: CursorKey; // [name, id]
  limit: number;
}
