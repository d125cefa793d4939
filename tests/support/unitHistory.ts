// A unit's history for fixtures: it exists since long before any record, and its platforms with it.
export const LONG_AGO = {
  createdAt: '2020-01-01T00:00:00.000Z',
  deactivatedAt: null,
  platformSince: {},
  platformUntil: {},
} as const;
