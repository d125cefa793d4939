// Autosave of the summary document: edits are saved a moment after typing stops, one save at a time, each based on
// the savedAt the page last saw, so a page left open elsewhere cannot overwrite a newer draft (the server's 409).
// Pure: timers and the save call are handed in, so the model is tested without Taro.

/** fresh: a draft drafted from the records and not saved yet (nothing typed is at stake). */
export type SaveState = 'fresh' | 'saved' | 'dirty' | 'saving' | 'error' | 'conflict';

export const SAVE_STATE_LABELS: Record<SaveState, string> = {
  fresh: '自动起草，尚未修改',
  saved: '已保存',
  dirty: '有改动，稍后自动保存',
  saving: '保存中…',
  error: '保存失败',
  conflict: '已在别处保存了更新的版本',
};

export interface AutosaverOptions<D> {
  /** Quiet time after the last edit before saving. */
  delayMs: number;
  save: (doc: D, baseSavedAt: string | null) => Promise<{ savedAt: string | null }>;
  onState: (state: SaveState, message?: string) => void;
  timers?: { set: (fn: () => void, ms: number) => unknown; clear: (handle: unknown) => void };
}

const isConflict = (err: unknown) =>
  typeof err === 'object' && err !== null && (err as { code?: string }).code === 'CONFLICT';
const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

export class Autosaver<D> {
  private pending: D | null = null;
  private timer: unknown = null;
  private inFlight: Promise<void> | null = null;
  private stopped = false;
  private readonly timers;

  constructor(
    private base: string | null,
    private readonly options: AutosaverOptions<D>,
  ) {
    this.timers = options.timers ?? {
      set: (fn: () => void, ms: number) => setTimeout(fn, ms),
      clear: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    };
  }

  /** True while an edit is not yet on the server: the page warns before it is left. */
  get dirty(): boolean {
    return this.pending !== null || this.inFlight !== null;
  }

  get savedAt(): string | null {
    return this.base;
  }

  edit(doc: D): void {
    if (this.stopped) return;
    this.pending = doc;
    this.options.onState('dirty');
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = this.timers.set(() => {
      this.timer = null;
      void this.flush();
    }, this.options.delayMs);
  }

  /** Saves now whatever is pending (before export, a period change or leaving), and waits for it. */
  async flush(): Promise<void> {
    if (this.timer !== null) {
      this.timers.clear(this.timer);
      this.timer = null;
    }
    while (this.inFlight) await this.inFlight;
    if (this.pending === null || this.stopped) return;
    const doc = this.pending;
    this.pending = null;
    let failed = false;
    this.options.onState('saving');
    this.inFlight = this.options
      .save(doc, this.base)
      .then(
        (saved) => {
          this.base = saved.savedAt;
          if (this.pending === null) this.options.onState('saved');
        },
        (err: unknown) => {
          if (isConflict(err)) {
            // Saving again would overwrite the newer draft: stop until the page reloads it.
            this.stopped = true;
            this.options.onState('conflict', messageOf(err));
          } else {
            // Kept, so the next edit or flush tries again; nothing typed is dropped.
            this.pending = this.pending ?? doc;
            failed = true;
            this.options.onState('error', messageOf(err));
          }
        },
      )
      .finally(() => {
        this.inFlight = null;
      });
    await this.inFlight;
    // Edits made while saving go out next; a failed save waits for the next edit or flush instead of looping.
    if (this.pending !== null && !failed && !this.stopped && this.timer === null) {
      this.timer = this.timers.set(() => {
        this.timer = null;
        void this.flush();
      }, this.options.delayMs);
    }
  }

  dispose(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
    this.stopped = true;
  }
}
