// The trainings cloud function (队伍建设): record a training and list them; the summary counts them.
import { action, defineFunction, DESK } from '../core/runtime';
import { listTrainings, saveTraining } from '../core/stats/trainingService';
import { listTrainingsSchema, saveTrainingSchema } from '../core/stats/trainings';

export const trainingsFunction = defineFunction('trainings', {
  save: action({ roles: DESK, schema: saveTrainingSchema, run: saveTraining }),
  list: action({ roles: DESK, schema: listTrainingsSchema, run: listTrainings }),
});
