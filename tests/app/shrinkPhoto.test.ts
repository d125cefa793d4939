// Photos shrink to a 1600 px long edge before an H5 upload, keeping their shape.
import { metadataIn } from '../../cloudfunctions/core/photoMetadata';
import { compressPhoto, fitLongEdge, shrinkPhoto } from '@/services/shrinkPhoto';
import { jpegWithGps } from '../support/images';

describe('shrinking a photo', () => {
  it('brings a 4000×3000 phone photo to 1600×1200', () => {
    expect(fitLongEdge(4000, 3000)).toEqual({ width: 1600, height: 1200 });
    expect(fitLongEdge(3000, 4000)).toEqual({ width: 1200, height: 1600 });
  });

  it('never enlarges a small photo', () => {
    expect(fitLongEdge(800, 600)).toEqual({ width: 800, height: 600 });
  });

  it('sends an unreadable original as it is when there is nothing to gain or no canvas', async () => {
    const small = new Blob([new Uint8Array(1000)], { type: 'image/jpeg' });
    await expect(shrinkPhoto(small)).resolves.toBe(small);
    const large = new Blob([new Uint8Array(600 * 1024)], { type: 'image/jpeg' });
    await expect(shrinkPhoto(large)).resolves.toBe(large); // node has no OffscreenCanvas
  });

  it('a photo sent as it is leaves the browser without its EXIF and GPS', async () => {
    const original = new Blob([new Uint8Array(await jpegWithGps())], { type: 'image/jpeg' });
    expect(metadataIn(new Uint8Array(await original.arrayBuffer()))).toContain('EXIF');
    for (const sent of [await shrinkPhoto(original), await compressPhoto(original)]) {
      expect(sent.type).toBe('image/jpeg');
      expect(metadataIn(new Uint8Array(await sent.arrayBuffer()))).toEqual([]);
    }
  });
});
