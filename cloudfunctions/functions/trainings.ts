// The trainings cloud function (队伍建设): record a training and list them; the summary counts them.
import { action, defineFunction, DESK } from '../core/runtime';
import { listTrainings, saveTraining } from '../core/trainings/service';
import { listTrainingsSchema, saveTrainingSchema } from '../core/trainings/schemas';

export const trainingsFunction = defineFunction('trainings', {
  save: action({ roles: DESK, schema: saveTrainingSchema, run: saveTraining }),
  list: action({ roles: DESK, schema: listTrainingsSchema, run: listTrainings }),
});
