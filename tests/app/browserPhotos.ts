// Runs the app's own H5 compression (src/services/shrinkPhoto.ts, bundled with esbuild) in headless Chromium on
// phone-sized JPEGs; shared by the compression test and bench/photos.ts.
import { build } from 'esbuild';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';

/** A 4000×3000 "phone photo": soft noise over colour, which compresses about as badly as foliage and crowds do. */
export async function phonePhoto(seed: number, width = 4000, height = 3000): Promise<Buffer> {
  const hue = ['#5d8a3a', '#a35f2b', '#3a6d8a', '#8a7a3a', '#6a3a8a'][seed % 5]!;
  const noise = await sharp({
    create: { width, height, channels: 3, background: hue, noise: { type: 'gaussian', mean: 120 + seed, sigma: 28 } },
  })
    .blur(1.2)
    .jpeg({ quality: 92 })
    .toBuffer();
  return noise;
}

let bundle: string | null = null;

async function compressorSource(): Promise<string> {
  if (bundle) return bundle;
  const out = await build({
    stdin: {
      contents: `import { compressPhoto } from './src/services/shrinkPhoto'; (window as any).compressPhoto = compressPhoto;`,
      resolveDir: join(__dirname, '..', '..'),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
  });
  bundle = out.outputFiles[0]!.text;
  return bundle;
}

export interface Compressed {
  ms: number;
  bytes: number;
  width: number;
  height: number;
  type: string;
}

/** Loads the compressor into a blank page (an http origin, so blob and canvas APIs behave as in the app). */
export async function prepareCompressor(page: Page): Promise<void> {
  await page.addScriptTag({ content: await compressorSource() });
}

export async function compressInPage(page: Page, jpeg: Buffer): Promise<Compressed> {
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const original = new Blob([bytes], { type: 'image/jpeg' });
    const t0 = performance.now();
    const out: Blob = await (window as unknown as { compressPhoto(b: Blob): Promise<Blob> }).compressPhoto(original);
    const ms = performance.now() - t0;
    const bitmap = await createImageBitmap(out);
    return { ms, bytes: out.size, width: bitmap.width, height: bitmap.height, type: out.type };
  }, jpeg.toString('base64'));
}
