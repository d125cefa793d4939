// `npm run bench` (second half): 9 phone-sized photos (4000×3000 JPEG) compressed by the app's own H5 code in headless
// Chromium, per-photo time and size; then the 9 compressed photos uploaded to the local host as the outbox does it
// (3 in flight, deterministic keys) over a link throttled to 1.6 Mbit/s up with 150 ms latency (CDP).
import { join } from 'node:path';
import { runScript, withDemoHostAndBrowser } from '../tests/e2e/demoSession';
import { Client } from '../tests/support/http';
import { phonePhoto, prepareCompressor } from '../tests/app/browserPhotos';

const PHOTOS = 9;
const UPLINK_BPS = 1.6e6;
const LATENCY_MS = 150;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

async function main() {
  await withDemoHostAndBrowser(
    async (host, browser) => {
      const page = await browser.newPage();
      await page.goto(`${host.url}/healthz`); // same origin as /api/files
      await prepareCompressor(page);
      // tsx keeps function names with a __name helper that page.evaluate's serialised functions do not carry.
      await page.evaluate('window.__name = (f) => f');

      console.log(`photo compression in headless Chromium (OffscreenCanvas, long edge 1600 px, JPEG 0.7, ≤ 500 KB)\n`);
      let inBytes = 0;
      let outBytes = 0;
      const times: number[] = [];
      for (let i = 0; i < PHOTOS; i++) {
        const original = await phonePhoto(i);
        inBytes += original.length;
        const r = await page.evaluate(async (b64) => {
          const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
          const w = window as unknown as { compressPhoto(b: Blob): Promise<Blob>; shrunk?: Blob[] };
          const t0 = performance.now();
          const out = await w.compressPhoto(new Blob([bytes], { type: 'image/jpeg' }));
          const ms = performance.now() - t0;
          (w.shrunk ??= []).push(out);
          const bitmap = await createImageBitmap(out);
          return { ms, bytes: out.size, width: bitmap.width, height: bitmap.height };
        }, original.toString('base64'));
        outBytes += r.bytes;
        times.push(r.ms);
        console.log(
          `photo ${i + 1}  4000×3000 ${kb(original.length).padStart(8)} → ${r.width}×${r.height} ${kb(r.bytes).padStart(7)}  ${r.ms.toFixed(0).padStart(5)} ms`,
        );
      }
      const sorted = [...times].sort((a, b) => a - b);
      console.log(
        `\n9 photos: ${kb(inBytes)} → ${kb(outBytes)}; compression p50 ${sorted[4]!.toFixed(0)} ms, max ${sorted[8]!.toFixed(0)} ms per photo\n`,
      );

      const token = await new Client(host.url).token('reporter1');
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: LATENCY_MS,
        uploadThroughput: UPLINK_BPS / 8,
        downloadThroughput: (4 * UPLINK_BPS) / 8,
      });
      const upload = await page.evaluate(async (tok) => {
        const photos = (window as unknown as { shrunk: Blob[] }).shrunk;
        const one = async (blob: Blob, i: number) => {
          const form = new FormData();
          form.append('key', `bench-${i}`);
          form.append('file', blob, `p${i}.jpg`);
          const res = await fetch('/api/files', {
            method: 'POST',
            headers: { Authorization: `Bearer ${tok}` },
            body: form,
          });
          if (!res.ok) throw new Error(`upload ${i}: ${res.status}`);
        };
        const t0 = performance.now();
        let next = 0;
        const lane = async () => {
          while (next < photos.length) {
            const i = next++;
            await one(photos[i]!, i);
          }
        };
        await Promise.all([lane(), lane(), lane()]); // the outbox's 3 uploads in flight
        return performance.now() - t0;
      }, token);
      const floor = ((outBytes * 8) / UPLINK_BPS) * 1000;
      console.log(
        `upload of the 9 compressed photos over ${UPLINK_BPS / 1e6} Mbit/s up, ${LATENCY_MS} ms latency, 3 in flight: ` +
          `${(upload / 1000).toFixed(1)} s (the link alone needs ${(floor / 1000).toFixed(1)} s for ${kb(outBytes)}; ` +
          `the 9 originals, ${kb(inBytes)}, would need at least ${((inBytes * 8) / UPLINK_BPS).toFixed(0)} s)`,
      );
    },
    { staticDir: join(__dirname, 'no-app') },
  ); // the bench needs only the API
}

runScript(main);
