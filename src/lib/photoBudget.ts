// How big a photo may leave the phone: long edge ≤ 1600 px, JPEG quality about 0.7, at most 500 KB.
// Shared by the H5 canvas path, the mini-program's compressImage path and their tests.

export const LONG_EDGE = 1600;
export const MAX_PHOTO_BYTES = 500 * 1024;
/** 0.7 first; a busy scene that still weighs too much steps down until it fits. */
export const QUALITY_STEPS = [0.7, 0.6, 0.5, 0.4] as const;

/** The longer side scaled down to `longEdge`, never up. */
export function fitLongEdge(width: number, height: number, longEdge = LONG_EDGE): { width: number; height: number } {
  const scale = Math.min(1, longEdge / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Encodes at each quality step until the result fits the budget; the last try is kept whatever it weighs. */
export async function encodeWithinBudget<T extends { size: number }>(
  encode: (quality: number) => Promise<T>,
): Promise<T> {
  let result: T | undefined;
  for (const quality of QUALITY_STEPS) {
    result = await encode(quality);
    if (result.size <= MAX_PHOTO_BYTES) return result;
  }
  return result as T;
}

/** True when a photo may be sent as it is. */
export const withinBudget = (width: number, height: number, bytes: number) =>
  Math.max(width, height) <= LONG_EDGE && bytes <= MAX_PHOTO_BYTES;
