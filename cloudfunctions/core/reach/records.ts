// One month of one publicity account (a unit's 公众号, 抖音 …): its followers at the month's end and its reads or
// plays during the month, as an admin or the unit's reporter entered them.
import type { PlatformKind } from '../vocabulary';

export interface PlatformMonthRecord {
  townshipId: string;
  unitId: string;
  platform: PlatformKind;
  /** YYYY-MM, Asia/Shanghai. */
  month: string;
  followers: number;
  reads: number;
  enteredBy: string;
  updatedAt: string;
}

/** The one key of a month's figures: entering them again replaces them. */
export const platformMonthKey = (r: Pick<PlatformMonthRecord, 'unitId' | 'platform' | 'month'>) =>
  `${r.unitId}:${r.platform}:${r.month}`;
