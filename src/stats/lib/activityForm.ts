// The activity form (宣传活动台账): what activities.save needs, checked on the device with Chinese messages. Counts
// are typed as text on the phone's number pad and sent as integers.
import type { ActivityView, SaveActivityInput } from '@core/activities';
import { parseDate } from './period';

export interface ActivityForm {
  id?: string;
  kind: string;
  title: string;
  date: string;
  participants: string;
  batches: string;
  speaker: string;
  note: string;
  /** Kept as they are: this form does not edit them. */
  section: string | null;
  unitId: string | null;
  attendeeIds: string[];
  photos: string[];
}

export const emptyActivity = (date: string): ActivityForm => ({
  kind: '',
  title: '',
  date,
  participants: '',
  batches: '1',
  speaker: '',
  note: '',
  section: null,
  unitId: null,
  attendeeIds: [],
  photos: [],
});

export const formFromActivity = (a: ActivityView): ActivityForm => ({
  id: a.id,
  kind: a.kind,
  title: a.title,
  date: a.date,
  participants: String(a.participants),
  batches: String(a.batches),
  speaker: a.speaker,
  note: a.note,
  section: a.section,
  unitId: a.unit?.id ?? null,
  attendeeIds: a.attendees.map((p) => p.id),
  photos: a.photos.map((p) => p.fileID),
});

const whole = (text: string) => (/^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : null);

export function activityFromForm(
  form: ActivityForm,
): { input: SaveActivityInput } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const title = form.title.trim();
  const participants = whole(form.participants);
  const batches = whole(form.batches);
  // Which kinds the township has is the server's check (镇设置 may have changed since the list was shown).
  if (!form.kind) errors.kind = '请选择活动类型';
  if (!title) errors.title = '请填写活动名称';
  else if (title.length > 60) errors.title = '活动名称最多60个字';
  if (!parseDate(form.date)) errors.date = '请选择活动日期';
  if (participants === null || participants < 1) errors.participants = '请填写参加人数（整数）';
  else if (participants < form.attendeeIds.length) errors.participants = '参加人数不能少于点名的参加人员';
  if (batches === null || batches < 1) errors.batches = '请填写批次（至少1批）';
  if (form.speaker.trim().length > 30) errors.speaker = '主讲人最多30个字';
  if (form.note.trim().length > 200) errors.note = '备注最多200个字';
  if (Object.keys(errors).length > 0) return { errors };
  const input: SaveActivityInput = {
    kind: form.kind,
    title,
    date: form.date,
    participants: participants!,
    batches: batches!,
    speaker: form.speaker.trim(),
    note: form.note.trim(),
    section: form.section,
    unitId: form.unitId,
    attendeeIds: form.attendeeIds,
    photos: form.photos,
  };
  return { input: form.id ? { ...input, id: form.id } : input };
}
