// The photos of a lead draft: picked on the device, uploaded one by one at submit, then sent as fileIDs.
import { MAX_PHOTOS } from '@core';

export type PhotoStatus = 'waiting' | 'uploading' | 'done' | 'failed';

export interface PhotoItem {
  key: string;
  /** Local path (mini-program temp file or H5 blob: URL), also used for the preview. */
  path: string;
  status: PhotoStatus;
  progress: number;
  fileID?: string;
}

let counter = 0;
const nextKey = () => `p${Date.now().toString(36)}${(counter++).toString(36)}`;

/** Adds picked photos up to MAX_PHOTOS; `dropped` tells how many did not fit. */
export function addPhotos(items: PhotoItem[], paths: string[]): { items: PhotoItem[]; dropped: number } {
  const room = Math.max(0, MAX_PHOTOS - items.length);
  const added = paths
    .slice(0, room)
    .map((path): PhotoItem => ({ key: nextKey(), path, status: 'waiting', progress: 0 }));
  return { items: [...items, ...added], dropped: paths.length - added.length };
}

export const photosLeft = (items: PhotoItem[]) => Math.max(0, MAX_PHOTOS - items.length);

export const removePhoto = (items: PhotoItem[], key: string) => items.filter((p) => p.key !== key);

const update = (items: PhotoItem[], key: string, patch: Partial<PhotoItem>) =>
  items.map((p) => (p.key === key ? { ...p, ...patch } : p));

export const markUploading = (items: PhotoItem[], key: string, progress: number) =>
  update(items, key, { status: 'uploading', progress: Math.max(0, Math.min(100, Math.round(progress))) });

export const markDone = (items: PhotoItem[], key: string, fileID: string) =>
  update(items, key, { status: 'done', progress: 100, fileID });

export const markFailed = (items: PhotoItem[], key: string) => update(items, key, { status: 'failed', progress: 0 });

/** Photos still to upload, in the order they will appear; a retry skips the ones already stored. */
export const photosToUpload = (items: PhotoItem[]) => items.filter((p) => p.status !== 'done');

/** The fileIDs to submit, in order; null while any photo is not stored yet. */
export function uploadedFileIds(items: PhotoItem[]): string[] | null {
  if (items.some((p) => p.status !== 'done' || !p.fileID)) return null;
  return items.map((p) => p.fileID as string);
}
