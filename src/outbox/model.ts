// What the outbox keeps per lead, and how each item reads to the reporter (草稿 → 排队中 → 上传中 2/5 → 已提交 / 失败).
// Plain TypeScript: no Taro, no platform, so the model-based test drives it directly.
import type { SubmitLeadInput } from '@core';

/** A photo of a queued lead: `ref` names the device's persistent copy; `fileID` is set once the server stored it. */
export interface OutboxPhoto {
  ref: string;
  fileID?: string;
}

export type OutboxState = 'queued' | 'uploading' | 'submitted' | 'failed';

export interface OutboxItem {
  clientId: string;
  /** The lead as it will be submitted, frozen at 提交 so every retry sends the same content (server dedup). */
  lead: Omit<SubmitLeadInput, 'photos' | 'clientId'>;
  /** Emptied once the server acknowledged and the copies are discarded; `photoCount` remembers how many there were. */
  photos: OutboxPhoto[];
  photoCount: number;
  state: OutboxState;
  /** Failed attempts since the last success; drives the backoff. */
  attempts: number;
  /** Epoch ms before which no new attempt starts. */
  nextAttemptAt: number;
  /** Why the last attempt failed (shown under 排队中, or as the reason of 失败). */
  reason?: string;
  leadId?: string;
  createdAt: number;
  updatedAt: number;
}

export const uploadedCount = (item: OutboxItem) => item.photos.filter((p) => p.fileID).length;

export const isPending = (item: OutboxItem) => item.state === 'queued' || item.state === 'uploading';

/** The tag the reporter sees on an item. */
export function stateLabel(item: OutboxItem): string {
  switch (item.state) {
    case 'queued':
      return '排队中';
    case 'uploading':
      return item.photoCount > 0 ? `上传中 ${uploadedCount(item)}/${item.photoCount}` : '上传中';
    case 'submitted':
      return '已提交';
    case 'failed':
      return '失败';
  }
}

/** The deterministic upload key of a photo: a repeated upload of the same photo overwrites the same stored file. */
export const uploadKey = (clientId: string, index: number) => `${clientId}-${index}`;

/** The leads.submit payload once every photo is stored; null while any is missing. */
export function submitPayload(item: OutboxItem): SubmitLeadInput | null {
  if (item.photos.some((p) => !p.fileID)) return null;
  return { ...item.lead, clientId: item.clientId, photos: item.photos.map((p) => p.fileID as string) };
}

/** One line for the home page: "2 条线索待发送" or nothing when the outbox is idle. */
export function outboxSummary(items: OutboxItem[]): string {
  const pending = items.filter(isPending).length;
  const failed = items.filter((i) => i.state === 'failed').length;
  const parts: string[] = [];
  if (pending > 0) parts.push(`${pending} 条线索待发送`);
  if (failed > 0) parts.push(`${failed} 条发送失败`);
  return parts.join('，');
}

/** Submitted items stay visible a while (honest "已提交"), then leave the outbox. */
export const KEEP_SUBMITTED_MS = 3 * 24 * 3600 * 1000;

export const pruneSubmitted = (items: OutboxItem[], now: number) =>
  items.filter((i) => i.state !== 'submitted' || now - i.updatedAt < KEEP_SUBMITTED_MS);
