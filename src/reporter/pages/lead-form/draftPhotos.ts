// The photos of the draft being edited: each is checked, compressed and copied into the vault as soon as it is picked.
import { photoVault } from '@/outbox';
import { canOpenPhoto } from '@/lib/photoCheck';
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

/** A picked photo, compressed and kept; null when the file is not a photo at all (nothing is kept then). */
export async function keepPhoto(photo: FormPhoto, source: string): Promise<FormPhoto | null> {
  if (!(await canOpenPhoto(source))) return null;
  try {
    const ref = await photoVault.keep(source);
    return { ...photo, ref, url: await photoVault.urlOf(ref), state: 'ready' };
  } catch {
    return { ...photo, state: 'failed' };
  }
}

/**
 * Photos of a saved draft, shown again from their persistent copies. A copy that no longer opens (a bad file from
 * before pick-time checks, or one the server refused) is left out and discarded: `dropped` says how many.
 */
export async function photosOfDraft(refs: string[]): Promise<{ photos: FormPhoto[]; dropped: number }> {
  const found = await Promise.all(
    refs.map(async (ref): Promise<FormPhoto | null> => {
      try {
        const url = await photoVault.urlOf(ref);
        if (await canOpenPhoto(url)) return { key: newPhotoKey(), ref, url, state: 'ready' };
      } catch {
        // lost copy: dropped below
      }
      void photoVault.discard(ref).catch(() => undefined);
      return null;
    }),
  );
  const photos = found.filter((p): p is FormPhoto => p !== null);
  return { photos, dropped: refs.length - photos.length };
}

/** What the shared schema counts: one entry per photo. */
export const asPhotoItems = (photos: FormPhoto[]): PhotoItem[] =>
  photos.map((p) => ({ key: p.key, path: p.url, status: 'waiting', progress: 0 }));
