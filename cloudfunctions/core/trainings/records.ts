// A training as the store keeps it.

export interface TrainingRecord {
  id: string;
  townshipId: string;
  topic: string;
  /** YYYY-MM-DD, Asia/Shanghai. */
  date: string;
  trainer: string;
  attendeeIds: string[];
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}
