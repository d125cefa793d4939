// A month's figures of one account as clients receive them: the unit by name.
import type { PlatformKind } from '../vocabulary';

export interface PlatformMonthView {
  unit: { id: string; name: string };
  platform: PlatformKind;
  month: string;
  followers: number;
  reads: number;
  updatedAt: string;
}
