// What the app takes from the work plan (`@core/workplan`): the payload schemas and the task as shown.
export * from './schemas';
export type { WorkTaskView } from './views';
