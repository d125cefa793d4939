// What the reach services ask of the store (`ctx.reach`).
import type { PlatformMonthRecord } from './records';

export interface ReachStore {
  /** Inserts or replaces each (unit, platform, month) at once. */
  savePlatformMonths(records: PlatformMonthRecord[]): Promise<void>;
  /** The township's figures of one month, of one unit when given; in unit id, platform order. */
  listPlatformMonths(townshipId: string, month: string, unitId?: string): Promise<PlatformMonthRecord[]>;
}
