// The training form (队伍建设): what stats' trainings.save needs, checked on the device with Chinese messages,
// and the attendee picker's search over the township's reporters.
import type { SaveTrainingInput } from '@core/trainings';
import type { TrainingView } from '@core/trainings';
import { parseDate } from './period';

export interface TrainingForm {
  id?: string;
  topic: string;
  date: string;
  trainer: string;
  attendeeIds: string[];
}

export const emptyTraining = (date: string): TrainingForm => ({ topic: '', date, trainer: '', attendeeIds: [] });

export const formFromTraining = (t: TrainingView): TrainingForm => ({
  id: t.id,
  topic: t.topic,
  date: t.date,
  trainer: t.trainer,
  attendeeIds: t.attendees.map((a) => a.id),
});

export function trainingFromForm(
  form: TrainingForm,
): { input: SaveTrainingInput } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const topic = form.topic.trim();
  const trainer = form.trainer.trim();
  if (!topic) errors.topic = '请填写培训主题';
  else if (topic.length > 60) errors.topic = '培训主题最多60个字';
  if (!parseDate(form.date)) errors.date = '请选择培训日期';
  if (!trainer) errors.trainer = '请填写授课人';
  else if (trainer.length > 30) errors.trainer = '授课人最多30个字';
  if (Object.keys(errors).length > 0) return { errors };
  const input: SaveTrainingInput = { topic, date: form.date, trainer, attendeeIds: [...new Set(form.attendeeIds)] };
  return { input: form.id ? { ...input, id: form.id } : input };
}

export interface Person {
  id: string;
  name: string;
  unitName: string | null;
}

/** Reporters whose name or unit contains the search words, the ones already picked first. */
export function searchPeople(people: Person[], query: string, picked: string[]): Person[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const chosen = new Set(picked);
  const found = people.filter((p) => words.every((w) => p.name.includes(w) || (p.unitName ?? '').includes(w)));
  return [...found.filter((p) => chosen.has(p.id)), ...found.filter((p) => !chosen.has(p.id))];
}
