// Jobs on the local host: the work runs in this process and outlives the call that started it; a job whose record
// says `running` but that this process does not run died with an earlier process (a restart).
import type { JobOutcome, Jobs } from '../../core/stats/ports';

export class InProcessJobs implements Jobs {
  private readonly running = new Map<string, Promise<void>>();

  async start(id: string, work: () => Promise<void>, waitMs: number): Promise<JobOutcome> {
    const done = work().finally(() => this.running.delete(id));
    this.running.set(id, done);
    return (await this.settledWithin(done, waitMs)) ? 'finished' : 'running';
  }

  async wait(id: string, waitMs: number): Promise<void> {
    const done = this.running.get(id);
    if (done) await this.settledWithin(done, waitMs);
  }

  alive(job: { id: string }): boolean {
    return this.running.has(job.id);
  }

  /** True when `done` settles first; the timer is cleared either way, so nothing stays pending in the process. */
  private async settledWithin(done: Promise<void>, ms: number): Promise<boolean> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
    try {
      return await Promise.race([
        done.then(
          () => true,
          () => true,
        ),
        timeout,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }
}
