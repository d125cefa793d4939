// The stats port from the Context: where a host has none yet (the WeChat adapter), a call fails with a clear
// INTERNAL message instead of reading undefined.
import { AppError } from '../errors';
import type { Context } from '../ports';
import type { StatsStore } from './ports';

export function statsOf(ctx: Context): StatsStore {
  if (!ctx.stats) throw new AppError('INTERNAL', '统计服务未配置，请联系管理员');
  return ctx.stats;
}
