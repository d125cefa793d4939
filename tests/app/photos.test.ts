// The photos of a draft: at most 9, each uploaded once, sent in the order the reporter picked them.
import {
  addPhotos,
  markDone,
  markFailed,
  markUploading,
  photosLeft,
  photosToUpload,
  removePhoto,
  uploadedFileIds,
} from '@/lib/photos';

const paths = (n: number) => Array.from({ length: n }, (_, i) => `wxfile://tmp_${i}.jpg`);

describe('picking photos', () => {
  it('keeps at most 9 and says how many were left out', () => {
    const first = addPhotos([], paths(6));
    expect(first.dropped).toBe(0);
    expect(photosLeft(first.items)).toBe(3);
    const second = addPhotos(first.items, paths(5));
    expect(second.items).toHaveLength(9);
    expect(second.dropped).toBe(2);
    expect(addPhotos(second.items, paths(1)).dropped).toBe(1);
  });

  it('removes exactly the photo tapped', () => {
    const { items } = addPhotos([], paths(3));
    const left = removePhoto(items, items[1].key);
    expect(left.map((p) => p.path)).toEqual([items[0].path, items[2].path]);
  });
});

describe('uploading photos', () => {
  it('reports progress, then the stored fileID', () => {
    let { items } = addPhotos([], paths(1));
    const key = items[0].key;
    items = markUploading(items, key, 42.4);
    expect(items[0]).toMatchObject({ status: 'uploading', progress: 42 });
    items = markDone(items, key, 'cloud://f1');
    expect(items[0]).toMatchObject({ status: 'done', progress: 100, fileID: 'cloud://f1' });
  });

  it('has no fileIDs to send until every photo is stored, then sends them in picking order', () => {
    let { items } = addPhotos([], paths(3));
    items = markDone(items, items[2].key, 'f3');
    items = markDone(items, items[0].key, 'f1');
    expect(uploadedFileIds(items)).toBeNull();
    items = markDone(items, items[1].key, 'f2');
    expect(uploadedFileIds(items)).toEqual(['f1', 'f2', 'f3']);
  });

  it('retries only the photos not stored yet', () => {
    let { items } = addPhotos([], paths(3));
    items = markDone(items, items[0].key, 'f1');
    items = markFailed(items, items[1].key);
    expect(photosToUpload(items).map((p) => p.path)).toEqual([items[1].path, items[2].path]);
  });

  it('has nothing to upload and an empty list to send for a lead without photos', () => {
    expect(photosToUpload([])).toEqual([]);
    expect(uploadedFileIds([])).toEqual([]);
  });
});
