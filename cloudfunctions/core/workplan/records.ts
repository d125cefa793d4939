// A key task of a year's work plan (工作要点) as the store keeps it.
import type { WorkStatus } from '../vocabulary';

export interface WorkTaskRecord {
  id: string;
  townshipId: string;
  year: number;
  title: string;
  /** The unit in charge, or null for the township's office. */
  ownerUnitId: string | null;
  /** 1–12: the month of `year` it is due. */
  dueMonth: number;
  status: WorkStatus;
  /** What happened last, and the day (Asia/Shanghai) the status or note last changed. */
  note: string;
  noteDate: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}
