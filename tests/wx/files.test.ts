// FilePort on cloud storage: ownership is the openid folder of the upload path; URLs come from getTempFileURL.
import { uploaderOf, URL_LIFETIME_SECONDS, WxFiles } from '../../cloudfunctions/adapters/wx/files';
import ExcelJS from 'exceljs';
import { FakeCloud } from './fakeCloud';
import { account } from './fixtures';

// Uploaded by the phone of o-me into a shared storage double, so the files exist.
const storage = new FakeCloud();
const mine = (name: string) => storage.clientUpload('o-me', `uploads/o-me/2024/${name}`);

describe('uploaderOf', () => {
  it.each([
    [mine('a.jpg'), 'o-me'],
    ['cloud://env.bucket/uploads/o-me/a.jpg', 'o-me'],
    ['cloud://env.bucket/uploads/o-me', null],
    ['cloud://env.bucket/uploads//o-me/a.jpg', null],
    ['cloud://env.bucket/uploads/o-me/../o-other/a.jpg', null],
    ['cloud://env.bucket/exports/o-me/a.jpg', null],
    ['https://env.bucket/uploads/o-me/a.jpg', null],
    ['uploads/o-me/a.jpg', null],
  ])('%s → %s', (fileID, expected) => {
    expect(uploaderOf(fileID)).toBe(expected);
  });
});

describe('WxFiles.ownedBy', () => {
  const files = new WxFiles(storage);
  const me = account({ id: 'r1', openid: 'o-me' });

  it('does not own a file under its folder that was never uploaded (the path alone proves nothing)', async () => {
    const never = mine('x.jpg').replace('x.jpg', 'never.jpg');
    expect(await files.ownedBy([mine('a.jpg'), never], me)).toBe(false);
  });

  it('owns only files under the caller’s own openid folder', async () => {
    expect(await files.ownedBy([mine('a.jpg'), mine('b.png')], me)).toBe(true);
    expect(await files.ownedBy([mine('a.jpg'), 'cloud://env.bucket/uploads/o-other/c.jpg'], me)).toBe(false);
    expect(await files.ownedBy(['cloud://env.bucket/uploads/o-me-too/c.jpg'], me)).toBe(false);
  });

  it('treats an empty list as owned, and gives an account without openid no uploads', async () => {
    expect(await files.ownedBy([], me)).toBe(true);
    expect(await files.ownedBy([mine('a.jpg')], account({ id: 'local', openid: null }))).toBe(false);
  });

  it('names the folder the app must upload to, and a file put there is owned', async () => {
    const folder = files.uploadFolder(me);
    expect(folder).toBe('uploads/o-me');
    expect(await files.ownedBy([storage.clientUpload('o-me', `${folder}/c1-0.jpg`)], me)).toBe(true);
    expect(files.uploadFolder(account({ id: 'local', openid: null }))).toBeNull();
  });
});

describe('WxFiles.signedUrls', () => {
  it('asks for 10-minute temp URLs in batches of at most 50 and keeps only issued ones', async () => {
    const cloud = storage;
    cloud.tempUrlRequests.length = 0;
    const files = new WxFiles(cloud);
    const ids = Array.from({ length: 120 }, (_, i) => mine(`${i}.jpg`));
    const urls = await files.signedUrls([...ids, ids[0]!, 'not-a-cloud-id']);
    expect(cloud.tempUrlRequests.map((r) => r.length)).toEqual([50, 50, 21]);
    expect(cloud.tempUrlRequests.flat().every((r) => r.maxAge === URL_LIFETIME_SECONDS)).toBe(true);
    expect(urls.size).toBe(120);
    expect(urls.get(ids[0]!)).toMatch(/^https:\/\/.+\?sign=/);
    expect(urls.has('not-a-cloud-id')).toBe(false);
  });

  it('asks once per call for a file: the URLs that proved ownership are the ones the answer shows', async () => {
    const cloud = storage;
    cloud.tempUrlRequests.length = 0;
    const files = new WxFiles(cloud); // one instance per function call (adapters/wx/main.ts)
    const photos = [mine('a.jpg'), mine('b.png')];
    expect(await files.ownedBy(photos, account({ id: 'r1', openid: 'o-me' }))).toBe(true);
    const urls = await files.signedUrls([...photos, mine('c.jpg')]);
    expect(urls.size).toBe(3);
    expect(cloud.tempUrlRequests.map((r) => r.map((f) => f.fileID))).toEqual([photos, [mine('c.jpg')]]);
  });

  it('makes no call for no files', async () => {
    const cloud = new FakeCloud();
    expect(await new WxFiles(cloud).signedUrls([])).toEqual(new Map());
    expect(cloud.tempUrlRequests).toEqual([]);
  });
});

describe('WxFiles.readSheet', () => {
  it('reads a spreadsheet the admin uploaded to their own folder, and nobody else’s', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('新媒体').addRows([
      ['单位', '月份'],
      ['青石村', 5],
    ]);
    const cloud = new FakeCloud();
    const fileID = cloud.clientUpload('o-admin', 'uploads/o-admin/导入.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const files = new WxFiles(cloud);
    const admin = account({ id: 'ad', role: 'admin', openid: 'o-admin' });
    expect(await files.readSheet(fileID, admin, '新媒体')).toEqual([
      ['单位', '月份'],
      ['青石村', 5],
    ]);
    expect(await files.readSheet(fileID, account({ id: 'ad2', role: 'admin', openid: 'o-other' }), '新媒体')).toBe(
      null,
    );
    expect(await files.readSheet(fileID.replace('导入', '没有'), admin, '新媒体')).toBe(null);
  });
});
