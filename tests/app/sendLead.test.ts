// Submitting a lead: photos first (with progress), then leads.submit with their fileIDs; a retry resends nothing stored.
import { emptyLeadForm, type LeadFormState } from '@/lib/leadForm';
import { addPhotos, markDone, type PhotoItem } from '@/lib/photos';
import { CloudError } from '@/services/envelope';
import { call, upload } from '@/services/cloud';
import { sendLead } from '@/reporter/pages/lead-form/sendLead';

jest.mock('@/services/cloud', () => ({ call: jest.fn(), upload: jest.fn() }));
const mockCall = call as jest.Mock;
const mockUpload = upload as jest.Mock;

const clientId = '0b7c8a2e-3f4d-4c6b-9a1e-2d3c4b5a6f70';
const form = (photos: PhotoItem[]): LeadFormState => ({
  ...emptyLeadForm(clientId, new Date('2025-11-26T06:00:00Z')),
  title: '丰收节',
  body: '青山村举办丰收节',
  category: '文化活动',
  photos,
});

beforeEach(() => {
  mockCall.mockReset().mockResolvedValue({ id: 'L1', status: 'submitted' });
  mockUpload.mockReset().mockImplementation(async (path: string, onProgress: (p: number) => void) => {
    onProgress(50);
    return { fileID: `cloud://${path}`, url: path };
  });
});

it('uploads each photo with progress, then submits the fileIDs in picking order', async () => {
  const { items } = addPhotos([], ['a.jpg', 'b.jpg']);
  const seen: PhotoItem[][] = [];
  await sendLead(form(items), (p) => seen.push(p));
  expect(mockUpload.mock.calls.map((c) => c[0])).toEqual(['a.jpg', 'b.jpg']);
  expect(seen.some((p) => p[0].status === 'uploading' && p[0].progress === 50)).toBe(true);
  expect(seen[seen.length - 1].every((p) => p.status === 'done')).toBe(true);
  expect(mockCall).toHaveBeenCalledWith('leads', 'submit', expect.objectContaining({ clientId, photos: ['cloud://a.jpg', 'cloud://b.jpg'] }));
});

it('stops at a failed upload, marks that photo and submits nothing', async () => {
  const { items } = addPhotos([], ['a.jpg', 'b.jpg']);
  mockUpload.mockRejectedValueOnce(new CloudError('NETWORK', '网络不给力，请稍后重试'));
  const seen: PhotoItem[][] = [];
  await expect(sendLead(form(items), (p) => seen.push(p))).rejects.toMatchObject({ code: 'NETWORK' });
  expect(seen[seen.length - 1][0].status).toBe('failed');
  expect(mockCall).not.toHaveBeenCalled();
});

it('on retry uploads only what is not stored and keeps the same clientId', async () => {
  let { items } = addPhotos([], ['a.jpg', 'b.jpg']);
  items = markDone(items, items[0].key, 'cloud://a.jpg');
  await sendLead(form(items), () => undefined);
  expect(mockUpload.mock.calls.map((c) => c[0])).toEqual(['b.jpg']);
  expect(mockCall.mock.calls[0][2]).toMatchObject({ clientId, photos: ['cloud://a.jpg', 'cloud://b.jpg'] });
});

it('submits a lead without photos straight away', async () => {
  await sendLead(form([]), () => undefined);
  expect(mockUpload).not.toHaveBeenCalled();
  expect(mockCall.mock.calls[0][2].photos).toEqual([]);
});
