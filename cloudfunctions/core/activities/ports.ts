// What the activity and training services ask of the store (`ctx.activities`).
import type { CursorKey, Page } from '../cursor';
import type { ActivityRecord } from './records';

/** An activity's place in the newest-first ledger: the `after` of the page that follows it. */
export const activityCursorKey = (a: ActivityRecord): CursorKey => [a.date, a.id];

export interface ActivityQuery {
  townshipId: string;
  from?: string;
  to?: string;
  kind?: string;
  unitId?: string;
  /** activityCursorKey of the last activity of the previous page (newest date first). */
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
