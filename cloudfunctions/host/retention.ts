// Runs the retention purge at the host's start and then once a day; a failure is reported and retried next time.
import type { PurgeResult } from '../core/leads/retention';

export const PURGE_INTERVAL_MS = 24 * 60 * 60 * 1000;

export function scheduleRetention(purge: () => Promise<PurgeResult>, report: (line: string) => void): NodeJS.Timeout {
  const run = () =>
    purge().then(
      ({ leads, photos }) => {
        if (leads > 0) report(`已按保存期限删除 ${leads} 条未采用或已合并线索的内容和 ${photos} 张照片。`);
      },
      (err: unknown) => report(`按保存期限清理线索失败：${err instanceof Error ? err.message : String(err)}`),
    );
  void run();
  // unref: the daily timer never keeps a host that is shutting down alive.
  return setInterval(run, PURGE_INTERVAL_MS).unref();
}
