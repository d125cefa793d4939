// What the app takes from activities (`@core/activities`): the payload schemas and the activity as shown.
export * from './schemas';
export type { ActivityView } from './views';
