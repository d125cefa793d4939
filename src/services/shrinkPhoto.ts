// Browser-side photo shrinking before upload (H5 only; the mini-program's chooseMedia already compresses).
// A 4000×3000 phone photo becomes about 175 KB at a 1600 px long edge: 9 of them go up in ~20 s on a weak
// village uplink instead of minutes. The host re-encodes and strips metadata anyway.

const LONG_EDGE = 1600;
const QUALITY = 0.7;
/** Small photos are sent as they are. */
const SMALL_ENOUGH = 400 * 1024;

/** The longer side scaled down to LONG_EDGE, never up. */
export function fitLongEdge(width: number, height: number, longEdge = LONG_EDGE): { width: number; height: number } {
  const scale = Math.min(1, longEdge / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** A smaller JPEG, or the original when the browser cannot help or the result would not be smaller. */
export async function shrinkPhoto(original: Blob): Promise<Blob> {
  if (original.size <= SMALL_ENOUGH || typeof createImageBitmap !== 'function' || typeof OffscreenCanvas !== 'function') {
    return original;
  }
  try {
    // createImageBitmap applies the EXIF orientation, so the photo stays upright.
    const bitmap = await createImageBitmap(original);
    const { width, height } = fitLongEdge(bitmap.width, bitmap.height);
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) return original;
    context.drawImage(bitmap, 0, 0, width, height);
    bitmap.close();
    const shrunk = await canvas.convertToBlob({ type: 'image/jpeg', quality: QUALITY });
    return shrunk.size < original.size ? shrunk : original;
  } catch {
    return original;
  }
}
