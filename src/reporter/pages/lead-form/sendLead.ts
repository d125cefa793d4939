// Submitting a lead: store each photo not yet stored (with progress), then leads.submit with their fileIDs.
// A retry keeps the same clientId and skips stored photos, so the server never gets the lead twice.
import type { LeadView } from '@core';
import { leadPayload, type LeadFormState } from '../../../lib/leadForm';
import { markDone, markFailed, markUploading, photosToUpload, uploadedFileIds, type PhotoItem } from '../../../lib/photos';
import { call, upload } from '../../../services/cloud';

export async function sendLead(form: LeadFormState, onPhotos: (photos: PhotoItem[]) => void): Promise<LeadView> {
  let photos = form.photos;
  const show = (next: PhotoItem[]) => {
    photos = next;
    onPhotos(next);
  };
  for (const photo of photosToUpload(photos)) {
    show(markUploading(photos, photo.key, 0));
    try {
      const stored = await upload(photo.path, (percent) => show(markUploading(photos, photo.key, percent)));
      show(markDone(photos, photo.key, stored.fileID));
    } catch (err) {
      show(markFailed(photos, photo.key));
      throw err;
    }
  }
  return call('leads', 'submit', leadPayload(form, uploadedFileIds(photos) ?? []));
}
