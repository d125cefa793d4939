// The persistent submission queue: photos up (at most 3 at once), then leads.submit, retried with full-jitter backoff
// until the server acknowledges; local photo copies are discarded only after that acknowledgement.
// Exactly once per lead comes from two facts: the server deduplicates on clientId, and the payload of an item never
// changes once queued (same content → same lead). Every state change is written before anything else happens.
import type { SubmitLeadInput } from '@core';
import { fullJitterDelay } from './backoff';
import { isPending, pruneSubmitted, submitPayload, uploadKey, type OutboxItem } from './model';
import { isTransient, reasonOf, type OutboxPorts } from './ports';

export const OUTBOX_KEY = 'xx.outbox.items';
export const MAX_UPLOADS_IN_FLIGHT = 3;

export interface NewOutboxItem {
  clientId: string;
  lead: Omit<SubmitLeadInput, 'photos' | 'clientId'>;
  /** Refs of photos already kept in the vault, in the order they will appear. */
  photoRefs: string[];
}

export class Outbox {
  private items: OutboxItem[];
  private online = true;
  private stopped = false;
  private readonly uploads = new Set<string>();
  private readonly submits = new Set<string>();
  private readonly progress = new Map<string, number>();
  private readonly listeners = new Set<() => void>();
  private timer: unknown = null;

  constructor(private readonly ports: OutboxPorts) {
    // Nothing is in flight in a fresh process: an item cut off mid-upload is simply queued again.
    const stored = ports.kv.get<OutboxItem[]>(OUTBOX_KEY) ?? [];
    this.items = pruneSubmitted(stored, ports.now()).map((i) =>
      i.state === 'uploading' ? { ...i, state: 'queued' } : i,
    );
  }

  /** App start: discard copies the last run could not, retry waiting items now, and run. */
  start(): void {
    this.persist();
    for (const item of this.items)
      if (item.state === 'submitted' && item.photos.length > 0) void this.discardPhotos(item);
    this.resume();
  }

  /** The app is gone (killed, or replaced in a test): nothing it started may touch the queue any more. */
  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.ports.clearTimer(this.timer);
    this.timer = null;
  }

  list(): OutboxItem[] {
    return this.items;
  }

  get(clientId: string): OutboxItem | undefined {
    return this.items.find((i) => i.clientId === clientId);
  }

  /** Percent of the photo now uploading, for its progress bar. */
  progressOf(clientId: string, index: number): number {
    return this.progress.get(uploadKey(clientId, index)) ?? 0;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** 提交: the lead joins the queue (a second tap with the same clientId changes nothing). */
  add(entry: NewOutboxItem): OutboxItem {
    const existing = this.get(entry.clientId);
    if (existing) return existing;
    const now = this.ports.now();
    const item: OutboxItem = {
      clientId: entry.clientId,
      lead: entry.lead,
      photos: entry.photoRefs.map((ref) => ({ ref })),
      photoCount: entry.photoRefs.length,
      state: 'queued',
      attempts: 0,
      nextAttemptAt: now,
      createdAt: now,
      updatedAt: now,
    };
    this.items = [...this.items, item];
    this.changed();
    this.pump();
    return item;
  }

  /** 重试 on a failed item, or "try now" on one waiting for its backoff. */
  retry(clientId: string): void {
    this.patch(clientId, (i) =>
      i.state === 'submitted' ? i : { ...i, state: 'queued', attempts: 0, nextAttemptAt: this.ports.now() },
    );
    this.pump();
  }

  /** Deletes a failed item and its photo copies (the reporter gave up on it). */
  async remove(clientId: string): Promise<void> {
    const item = this.get(clientId);
    if (!item || isPending(item)) return;
    this.items = this.items.filter((i) => i.clientId !== clientId);
    this.changed();
    if (item.state === 'failed')
      await Promise.all(item.photos.map((p) => this.ports.vault.discard(p.ref).catch(() => undefined)));
  }

  /**
   * A failed item leaves the queue to go back to the form: unlike remove, its photo copies are kept (the caller
   * has made them a draft's). Undefined for anything not failed: a pending item may be in flight.
   */
  takeBack(clientId: string): OutboxItem | undefined {
    const item = this.get(clientId);
    if (!item || item.state !== 'failed') return undefined;
    this.items = this.items.filter((i) => i.clientId !== clientId);
    this.changed();
    return item;
  }

  setOnline(online: boolean): void {
    const back = online && !this.online;
    this.online = online;
    if (back) this.resume();
  }

  /** The network came back or the app started: waiting items try again now instead of at the end of their backoff. */
  resume(): void {
    const now = this.ports.now();
    this.items = this.items.map((i) => (isPending(i) && i.nextAttemptAt > now ? { ...i, nextAttemptAt: now } : i));
    this.changed();
    this.pump();
  }

  private pump(): void {
    if (this.stopped || !this.online) return;
    const now = this.ports.now();
    for (const item of this.items) {
      if (!isPending(item) || item.nextAttemptAt > now) continue;
      item.photos.forEach((photo, index) => {
        const key = uploadKey(item.clientId, index);
        if (!photo.fileID && !this.uploads.has(key) && this.uploads.size < MAX_UPLOADS_IN_FLIGHT)
          this.startUpload(item, index);
      });
      if (submitPayload(item) && !this.submits.has(item.clientId)) this.startSubmit(item.clientId);
    }
    this.schedule(now);
  }

  private startUpload(item: OutboxItem, index: number): void {
    const key = uploadKey(item.clientId, index);
    this.uploads.add(key);
    this.progress.set(key, 0);
    this.patch(item.clientId, (i) => ({ ...i, state: 'uploading' }));
    this.ports
      .upload(item.photos[index]!.ref, key, (percent) => {
        if (this.stopped) return;
        this.progress.set(key, percent);
        this.notify();
      })
      .then(
        (fileID) => {
          if (this.stopped) return;
          this.uploads.delete(key);
          this.patch(item.clientId, (i) => ({
            ...i,
            photos: i.photos.map((p, n) => (n === index ? { ...p, fileID } : p)),
            attempts: 0,
            reason: undefined,
          }));
          this.pump();
        },
        (err: unknown) => {
          if (this.stopped) return;
          this.uploads.delete(key);
          this.progress.delete(key);
          this.failed(item.clientId, err);
        },
      );
  }

  private startSubmit(clientId: string): void {
    const item = this.get(clientId);
    const payload = item && submitPayload(item);
    if (!payload) return;
    this.submits.add(clientId);
    this.patch(clientId, (i) => ({ ...i, state: 'uploading' }));
    this.ports.submit(payload).then(
      (lead) => {
        if (this.stopped) return;
        this.submits.delete(clientId);
        // Written before any copy is discarded: a kill in between only leaves copies that start() discards.
        this.patch(clientId, (i) => ({ ...i, state: 'submitted', leadId: lead.id, reason: undefined, attempts: 0 }));
        const done = this.get(clientId);
        if (done) void this.discardPhotos(done);
        this.pump();
      },
      (err: unknown) => {
        if (this.stopped) return;
        this.submits.delete(clientId);
        this.failed(clientId, err);
      },
    );
  }

  private failed(clientId: string, err: unknown): void {
    const reason = reasonOf(err);
    if (isTransient(err)) {
      this.patch(clientId, (i) => {
        if (!isPending(i)) return i;
        const attempts = i.attempts + 1;
        return {
          ...i,
          state: 'queued',
          attempts,
          reason,
          nextAttemptAt: this.ports.now() + fullJitterDelay(attempts, this.ports.random),
        };
      });
    } else {
      this.patch(clientId, (i) => (isPending(i) ? { ...i, state: 'failed', reason } : i));
    }
    this.pump();
  }

  private async discardPhotos(item: OutboxItem): Promise<void> {
    const results = await Promise.all(
      item.photos.map((p) =>
        this.ports.vault.discard(p.ref).then(
          () => true,
          () => false,
        ),
      ),
    );
    if (this.stopped || !results.every(Boolean)) return;
    this.patch(item.clientId, (i) => ({ ...i, photos: [] }));
  }

  /**
   * One timer, for the earliest item waiting for its backoff, measured from the same instant the pump judged "due"
   * by: reading the clock again here once stranded an item that turned due in between (a timer firing a millisecond
   * early): not due for the pump, not waiting for the timer.
   */
  private schedule(now: number): void {
    if (this.timer !== null) this.ports.clearTimer(this.timer);
    this.timer = null;
    const waits = this.items.filter((i) => isPending(i) && i.nextAttemptAt > now).map((i) => i.nextAttemptAt - now);
    if (waits.length === 0 || this.stopped) return;
    this.timer = this.ports.setTimer(
      () => {
        this.timer = null;
        this.pump();
      },
      Math.min(...waits),
    );
  }

  private patch(clientId: string, change: (item: OutboxItem) => OutboxItem): void {
    const now = this.ports.now();
    this.items = this.items.map((i) => (i.clientId === clientId ? { ...change(i), updatedAt: now } : i));
    this.changed();
  }

  private changed(): void {
    this.persist();
    this.notify();
  }

  private persist(): void {
    if (!this.stopped) this.ports.kv.set(OUTBOX_KEY, this.items);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
