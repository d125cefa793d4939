// What the app takes from trainings (`@core/trainings`): the payload schemas and the training as shown.
export * from './schemas';
export type { TrainingView } from './views';
