// A unit's life and platforms as the units table keeps them, for the figures and alerts that judge units by it.
import type { UnitLife } from '../../../core/stats/unitLife';

/** Select these from `units u` and read them back with unitLifeOf. */
export const UNIT_LIFE_COLUMNS = 'u.platforms, u.created_at, u.deactivated_at, u.platform_since, u.platform_runs';

export interface UnitLifeRow {
  platforms: string;
  created_at: string;
  deactivated_at: string | null;
  platform_since: string;
  platform_runs: string;
}

export const unitLifeOf = (r: UnitLifeRow): UnitLife => ({
  platforms: JSON.parse(r.platforms) as UnitLife['platforms'],
  createdAt: r.created_at,
  deactivatedAt: r.deactivated_at,
  platformSince: JSON.parse(r.platform_since) as UnitLife['platformSince'],
  platformRuns: JSON.parse(r.platform_runs) as UnitLife['platformRuns'],
});
