// What the training services ask of the store (`ctx.trainings`).
import type { CursorKey, Page } from '../cursor';
import type { TrainingRecord } from './records';

export interface TrainingQuery {
  townshipId: string;
  from?: string;
  to?: string;
  /** [date, id] of the last training of the previous page (newest date first). */
  after?: CursorKey;
  limit: number;
}

export interface TrainingStore {
  saveTraining(training: TrainingRecord): Promise<void>;
  getTraining(townshipId: string, id: string): Promise<TrainingRecord | null>;
  listTrainings(q: TrainingQuery): Promise<Page<TrainingRecord>>;
  /** Ids among `ids` that are accounts of the township (attendees must be). */
  existingAccounts(townshipId: string, ids: string[]): Promise<Set<string>>;
}
