// A lead the server refused, back in the form: the reporter fixes it (drops the bad photo, shortens the title) and
// sends it again. Idempotency decides the clientId of that second send (DESIGN 4.3): the server makes one lead per
// clientId and answers CONFLICT when the same clientId comes with different content. So the old clientId may be
// reused only for exactly the content that was refused; anything edited goes out under a fresh clientId, as a new
// lead. Reusing it for unchanged content keeps a doubled tap or a resend after a lost answer to a single lead.
import type { SubmitLeadInput } from '@core';
import { pickerValues } from '@/lib/time';
import type { Draft } from './drafts';
import type { OutboxItem } from './model';

export interface SentContent {
  clientId: string;
  lead: Omit<SubmitLeadInput, 'photos' | 'clientId'>;
  /** Vault refs of the photos, in order. */
  photoRefs: string[];
  /** The server's refusal, shown above the form. */
  reason: string;
}

/** The failed item as a draft holding everything it had (its photos stay in the vault, now the draft's). */
export function draftFromFailed(item: OutboxItem, now: number): Draft {
  const { title, body, category, occurredAt, place, urgent } = item.lead;
  const photoRefs = item.photos.map((p) => p.ref);
  const when = occurredAt ? pickerValues(new Date(occurredAt)) : pickerValues(new Date(now));
  return {
    clientId: item.clientId,
    title,
    body,
    category,
    ...when,
    place: place ?? '',
    urgent: urgent ?? false,
    photos: photoRefs,
    updatedAt: now,
    returned: { clientId: item.clientId, lead: item.lead, photoRefs, reason: item.reason ?? '' },
  };
}

const sameContent = (sent: SentContent, lead: SentContent['lead'], photoRefs: string[]) =>
  JSON.stringify(sent.photoRefs) === JSON.stringify(photoRefs) &&
  (Object.keys(sent.lead) as (keyof SentContent['lead'])[]).every((k) => sent.lead[k] === lead[k]) &&
  Object.keys(lead).length === Object.keys(sent.lead).length;

/** The clientId to submit a draft under: the refused one only for the refused content, else a fresh one. */
export function clientIdToSend(
  draft: Pick<Draft, 'clientId' | 'returned'>,
  lead: SentContent['lead'],
  photoRefs: string[],
  fresh: () => string,
): string {
  const sent = draft.returned;
  if (!sent) return draft.clientId;
  return sameContent(sent, lead, photoRefs) ? sent.clientId : fresh();
}
