// What the app takes from new-media reach (`@core/reach`): the payload schemas and a month's figures as shown.
export * from './schemas';
export type { PlatformMonthView } from './views';
