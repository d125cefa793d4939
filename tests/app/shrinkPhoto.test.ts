// Photos shrink to a 1600 px long edge before an H5 upload, keeping their shape.
import { fitLongEdge, shrinkPhoto } from '@/services/shrinkPhoto';

describe('shrinking a photo', () => {
  it('brings a 4000×3000 phone photo to 1600×1200', () => {
    expect(fitLongEdge(4000, 3000)).toEqual({ width: 1600, height: 1200 });
    expect(fitLongEdge(3000, 4000)).toEqual({ width: 1200, height: 1600 });
  });

  it('never enlarges a small photo', () => {
    expect(fitLongEdge(800, 600)).toEqual({ width: 800, height: 600 });
  });

  it('sends the original when there is nothing to gain or no canvas to do it with', async () => {
    const small = new Blob([new Uint8Array(1000)], { type: 'image/jpeg' });
    await expect(shrinkPhoto(small)).resolves.toBe(small);
    const large = new Blob([new Uint8Array(600 * 1024)], { type: 'image/jpeg' });
    await expect(shrinkPhoto(large)).resolves.toBe(large); // node has no OffscreenCanvas
  });
});
