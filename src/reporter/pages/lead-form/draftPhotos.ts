// The photos of the draft being edited: each is compressed and copied into the vault as soon as it is picked.
import { photoVault } from '@/outbox';
import type { PhotoItem } from '@/lib/photos';

export interface FormPhoto {
  key: string;
  /** Vault ref once the persistent copy exists. */
  ref?: string;
  url: string;
  state: 'compressing' | 'ready' | 'failed';
}

let seq = 0;
export const newPhotoKey = () => `fp${Date.now().toString(36)}${(seq++).toString(36)}`;

/** A picked photo, compressed and kept; the failure is shown on its tile. */
export async function keepPhoto(photo: FormPhoto, source: string): Promise<FormPhoto> {
  try {
    const ref = await photoVault.keep(source);
    return { ...photo, ref, url: await photoVault.urlOf(ref), state: 'ready' };
  } catch {
    return { ...photo, state: 'failed' };
  }
}

/** Photos of a saved draft, shown again from their persistent copies. */
export async function photosOfDraft(refs: string[]): Promise<FormPhoto[]> {
  return Promise.all(
    refs.map(async (ref) => {
      try {
        return { key: newPhotoKey(), ref, url: await photoVault.urlOf(ref), state: 'ready' as const };
      } catch {
        return { key: newPhotoKey(), ref, url: '', state: 'failed' as const };
      }
    }),
  );
}

/** What the shared schema counts: one entry per photo. */
export const asPhotoItems = (photos: FormPhoto[]): PhotoItem[] =>
  photos.map((p) => ({ key: p.key, path: p.url, status: 'waiting', progress: 0 }));
