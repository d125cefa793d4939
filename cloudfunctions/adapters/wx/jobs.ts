// Jobs in the WeChat cloud: a function is frozen once it has answered, so a job runs within the call that started
// it, up to a budget below the function's time limit (config.json). A job of another call is alive while its record
// was updated within that limit, judged by the Clock.
import type { Clock } from '../../core/ports';
import type { JobOutcome, Jobs } from '../../core/stats/ports';

/** How long the call that starts an export works on it. The stats function's timeout (60 s) must exceed this. */
export const EXPORT_BUDGET_MS = 50_000;
/** The stats function's timeout (config.json): no call works on a job longer than this. */
export const CALL_LIMIT_MS = 60_000;

export class WithinCallJobs implements Jobs {
  constructor(
    private readonly clock: Clock,
    private readonly budgetMs = EXPORT_BUDGET_MS,
  ) {}

  async start(_id: string, work: () => Promise<void>): Promise<JobOutcome> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<JobOutcome>((resolve) => (timer = setTimeout(() => resolve('abandoned'), this.budgetMs)));
    try {
      return await Promise.race([
        work().then(
          (): JobOutcome => 'finished',
          (): JobOutcome => 'finished',
        ),
        late,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Jobs of this call are finished when `start` returns; another call's job cannot be waited for from here. */
  async wait(): Promise<void> {}

  alive(job: { updatedAt: string }): boolean {
    return this.clock.now().getTime() - Date.parse(job.updatedAt) < CALL_LIMIT_MS;
  }
}
