// Browser-side photo compression (H5). A 4000×3000 phone photo becomes about 175 KB at a 1600 px long edge: 9 of them
// go up in ~20 s on a weak village uplink instead of minutes. A photo sent as it is loses its EXIF (GPS) here first,
// although the host strips metadata too: no location leaves the phone.
import { stripMetadata } from '@core/photoMetadata';
import { encodeWithinBudget, fitLongEdge, MAX_PHOTO_BYTES, withinBudget } from '@/lib/photoBudget';

export { fitLongEdge } from '@/lib/photoBudget';

const canCompress = () => typeof createImageBitmap === 'function' && typeof OffscreenCanvas === 'function';

/** The same photo without its metadata blocks; a file the stripper cannot read goes as it is (the host judges it). */
async function withoutMetadata(photo: Blob): Promise<Blob> {
  try {
    const stripped = stripMetadata(new Uint8Array(await photo.arrayBuffer()));
    return new Blob([stripped.buffer as ArrayBuffer], { type: photo.type });
  } catch {
    return photo;
  }
}

/** Long edge ≤ 1600 px, JPEG, ≤ 500 KB; the original without metadata when it cannot be or need not be redrawn. */
export async function compressPhoto(original: Blob): Promise<Blob> {
  const redrawn = await redraw(original);
  return redrawn === original ? withoutMetadata(original) : redrawn;
}

async function redraw(original: Blob): Promise<Blob> {
  if (!canCompress()) return original;
  let bitmap: ImageBitmap;
  try {
    // createImageBitmap applies the EXIF orientation, so the photo stays upright.
    bitmap = await createImageBitmap(original);
  } catch {
    return original;
  }
  try {
    if (withinBudget(bitmap.width, bitmap.height, original.size) && original.type === 'image/jpeg') return original;
    const { width, height } = fitLongEdge(bitmap.width, bitmap.height);
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) return original;
    context.drawImage(bitmap, 0, 0, width, height);
    return await encodeWithinBudget((quality) => canvas.convertToBlob({ type: 'image/jpeg', quality }));
  } catch {
    return original;
  } finally {
    bitmap.close();
  }
}

/** For uploads that skipped the outbox: small files go as they are, larger ones are compressed. */
export async function shrinkPhoto(original: Blob): Promise<Blob> {
  if (original.size <= MAX_PHOTO_BYTES) return withoutMetadata(original);
  const shrunk = await compressPhoto(original);
  return shrunk.size < original.size ? shrunk : withoutMetadata(original);
}
