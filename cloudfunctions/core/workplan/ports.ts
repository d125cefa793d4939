// What the work plan services ask of the store (`ctx.workPlan`).
import type { WorkTaskRecord } from './records';

export interface WorkPlanStore {
  saveWorkTask(task: WorkTaskRecord): Promise<void>;
  getWorkTask(townshipId: string, id: string): Promise<WorkTaskRecord | null>;
  /** The year's tasks by due month, then title and id; at most WORK_TASKS_MAX. */
  listWorkTasks(townshipId: string, year: number): Promise<WorkTaskRecord[]>;
}
