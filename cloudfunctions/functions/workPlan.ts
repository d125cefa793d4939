// The workPlan cloud function (工作要点): the year's key tasks, their owners, due months and progress.
import { action, defineFunction, DESK } from '../core/runtime';
import { listWorkPlan, saveWorkTask } from '../core/workplan/service';
import { listWorkPlanSchema, saveWorkTaskSchema } from '../core/workplan/schemas';

export const workPlanFunction = defineFunction('workPlan', {
  save: action({ roles: DESK, schema: saveWorkTaskSchema, run: saveWorkTask }),
  list: action({ roles: DESK, schema: listWorkPlanSchema, run: listWorkPlan }),
});
