// The trainings cloud function (队伍建设): record a training and list them; the summary counts them.
import { action, type FunctionDef } from '../core/runtime';
import { listTrainings, saveTraining } from '../core/stats/trainingService';
import { listTrainingsSchema, saveTrainingSchema } from '../core/stats/trainings';

export const trainingsFunction: FunctionDef = {
  name: 'trainings',
  actions: {
    save: action(saveTrainingSchema, saveTraining),
    list: action(listTrainingsSchema, listTrainings),
  },
};
