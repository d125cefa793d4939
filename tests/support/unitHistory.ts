// A unit's history for fixtures: it exists since long before any record, and its platforms with it.
import type { PlatformRun } from '../../cloudfunctions/core/accounts/records';

export const LONG_AGO: {
  createdAt: string;
  deactivatedAt: null;
  platformSince: Record<string, never>;
  readonly platformRuns: PlatformRun[];
} = {
  createdAt: '2020-01-01T00:00:00.000Z',
  deactivatedAt: null,
  platformSince: {},
  // A getter: each fixture gets its own list.
  get platformRuns() {
    return [];
  },
};
