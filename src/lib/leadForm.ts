// The lead form's state, its payload for leads.submit and its validation with the SAME schema the function uses.
import { fieldProblems, submitLeadSchema, type SubmitLeadInput } from '@core';
import { byField, type FieldErrors } from './fieldErrors';
import type { PhotoItem } from './photos';
import { occurredAtFrom, pickerValues } from './time';

export interface LeadFormState {
  clientId: string;
  title: string;
  body: string;
  category: string;
  date: string;
  time: string;
  place: string;
  urgent: boolean;
  photos: PhotoItem[];
}

export function emptyLeadForm(clientId: string, now: Date = new Date()): LeadFormState {
  const { date, time } = pickerValues(now);
  return { clientId, title: '', body: '', category: '', date, time, place: '', urgent: false, photos: [] };
}

/**
 * The leads.submit payload. Before the upload the photos are not stored yet, so validation passes
 * placeholders: the schema still checks how many there are.
 */
export function leadPayload(state: LeadFormState, fileIDs?: string[]): SubmitLeadInput {
  const place = state.place.trim();
  return {
    clientId: state.clientId,
    title: state.title.trim(),
    body: state.body.trim(),
    category: state.category,
    occurredAt: occurredAtFrom(state.date, state.time),
    place: place || null,
    urgent: state.urgent,
    photos: fileIDs ?? state.photos.map((p) => p.fileID ?? `pending:${p.key}`),
  };
}

/** Field → Chinese message; empty when the form may be sent. */
export function validateLeadForm(state: LeadFormState): FieldErrors {
  const result = submitLeadSchema.safeParse(leadPayload(state));
  if (result.success) return {};
  const errors = byField(fieldProblems(result.error));
  // "请填写类别" reads better as a choice than as typing.
  if (errors.category && !state.category) errors.category = '请选择类别';
  return errors;
}

/** "12/40": what the counters under title and body show. */
export const counter = (value: string, max: number) => `${value.length}/${max}`;
