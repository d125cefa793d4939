// The host's retention schedule: a purge at start, then one a day; results and failures are reported, never thrown.
import { PURGE_INTERVAL_MS, scheduleRetention } from '../../cloudfunctions/host/retention';

const flush = () => new Promise((resolve) => setImmediate(resolve));

test('purges at once and again each day, reporting what it deleted and what failed', async () => {
  jest.useFakeTimers({ doNotFake: ['setImmediate'] });
  const lines: string[] = [];
  const runs = [
    async () => ({ leads: 2, photos: 3 }),
    async () => {
      throw new Error('database is locked');
    },
  ];
  const purge = jest.fn(() => (runs.shift() ?? (async () => ({ leads: 0, photos: 0 })))());
  const timer = scheduleRetention(purge, (line) => lines.push(line));
  try {
    await flush();
    expect(purge).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(PURGE_INTERVAL_MS);
    await flush();
    jest.advanceTimersByTime(PURGE_INTERVAL_MS);
    await flush();
    expect(purge).toHaveBeenCalledTimes(3);
    expect(lines).toEqual([
      '已按保存期限删除 2 条未采用或已合并线索的内容和 3 张照片。',
      '按保存期限清理线索失败：database is locked',
    ]);
    expect(timer.hasRef()).toBe(false);
  } finally {
    clearInterval(timer);
    jest.useRealTimers();
  }
});
