// A key task as clients receive it: the owner unit by name.
import type { WorkStatus } from '../vocabulary';

export interface WorkTaskView {
  id: string;
  year: number;
  title: string;
  ownerUnit: { id: string; name: string } | null;
  dueMonth: number;
  status: WorkStatus;
  note: string;
  noteDate: string;
  updatedAt: string;
}
