// Notifications leave the request path: the action only starts them (a subscribeMessage.send is a round trip of its
// own, 50 of them made a bulk decision miss the 3 s default timeout), they run in parallel with the rest of the
// action, and the function awaits them after the answer is ready, within a time cap, before returning it.
// A failure is the notifier's to record (notifier.ts); it never changes the answer.
import type { Notifier } from '../../core/ports';

export interface AfterAnswer {
  notifier: Notifier;
  /** Waits for the started notifications, at most `capMs`; answers how many settled and how many failed. */
  settle(capMs: number): Promise<{ settled: number; failed: number; pending: number }>;
}

export function afterAnswer(inner: Notifier): AfterAnswer {
  const started: Promise<void>[] = [];
  const start = (send: () => Promise<void>) => {
    // Started now, in parallel; awaited only in settle().
    started.push(Promise.resolve().then(send));
    return Promise.resolve();
  };
  return {
    notifier: {
      leadDecided: (lead, entry) => start(() => inner.leadDecided(lead, entry)),
      leadSubmitted: (lead) => start(() => inner.leadSubmitted(lead)),
    },
    async settle(capMs) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const cap = new Promise<'cap'>((resolve) => (timer = setTimeout(() => resolve('cap'), capMs)));
      const outcomes = started.map((p) =>
        p.then(
          () => 'ok' as const,
          () => 'failed' as const,
        ),
      );
      const done: ('ok' | 'failed' | 'cap')[] = await Promise.all(outcomes.map((o) => Promise.race([o, cap])));
      clearTimeout(timer);
      return {
        settled: done.filter((d) => d !== 'cap').length,
        failed: done.filter((d) => d === 'failed').length,
        pending: done.filter((d) => d === 'cap').length,
      };
    },
  };
}
