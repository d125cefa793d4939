// What the training services ask of the store.
import type { CursorKey } from '../cursor';

export interface TrainingQuery {
  townshipId: string;
  from?: string;
  to?: string;
  /** [date, id] of the last training of the previous page (newest date first). */
  after?: CursorKey;
  limit: number;
}
