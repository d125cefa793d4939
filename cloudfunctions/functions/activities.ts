// The activities cloud function (宣传活动台账): record an activity and list them; the summary counts them by kind.
import { action, defineFunction, DESK } from '../core/runtime';
import { listActivities, saveActivity } from '../core/activities/service';
import { listActivitiesSchema, saveActivitySchema } from '../core/activities/schemas';

export const activitiesFunction = defineFunction('activities', {
  save: action({ roles: DESK, schema: saveActivitySchema, run: saveActivity }),
  list: action({ roles: DESK, schema: listActivitiesSchema, run: listActivities }),
});
