// What the activity and training services ask of the store (`ctx.activities`).
import type { CursorKey, Page } from '../cursor';
import type { ActivityRecord } from './records';

export interface ActivityQuery {
  townshipId: string;
  from?: string;
  to?: string;
  kind?: string;
  unitId?: string;
  /** [date, id] of the last activity of the previous page (newest date first). */
  after?: CursorKey;
  limit: number;
}

export interface ActivityStore {
  saveActivity(activity: ActivityRecord): Promise<void>;
  getActivity(townshipId: string, id: string): Promise<ActivityRecord | null>;
  listActivities(q: ActivityQuery): Promise<Page<ActivityRecord>>;
  /** Ids among `ids` that are accounts of the township (attendees must be). */
  existingAccounts(townshipId: string, ids: string[]): Promise<Set<string>>;
}
