// The key-task form (工作要点): the task as editable strings, and back to workPlan.save's payload, checked on the
// device by the same schema as the server so the person reads the server's words before sending.
import { fieldProblems } from '@core';
import { saveWorkTaskSchema, type SaveWorkTaskInput, type WorkTaskView } from '@core/workplan';
import type { WorkStatus } from '@core/vocabulary';
import { byField, type Checked } from '@/lib/fieldErrors';

export interface WorkTaskForm {
  id?: string;
  year: number;
  title: string;
  /** '' for the township's office. */
  ownerUnitId: string;
  /** '1'…'12', or '' until chosen. */
  dueMonth: string;
  status: WorkStatus;
  note: string;
}

export const emptyWorkTask = (year: number): WorkTaskForm => ({
  year,
  title: '',
  ownerUnitId: '',
  dueMonth: '',
  status: 'pending',
  note: '',
});

export const formFromWorkTask = (t: WorkTaskView): WorkTaskForm => ({
  id: t.id,
  year: t.year,
  title: t.title,
  ownerUnitId: t.ownerUnit?.id ?? '',
  dueMonth: String(t.dueMonth),
  status: t.status,
  note: t.note,
});

export function workTaskFromForm(form: WorkTaskForm): Checked<SaveWorkTaskInput> {
  const payload = {
    ...(form.id ? { id: form.id } : {}),
    year: form.year,
    title: form.title,
    ownerUnitId: form.ownerUnitId || null,
    // An unchosen month goes as NaN: the schema names the field and says what it wants.
    dueMonth: form.dueMonth ? Number(form.dueMonth) : Number.NaN,
    status: form.status,
    note: form.note,
  };
  const checked = saveWorkTaskSchema.safeParse(payload);
  return checked.success ? { input: checked.data } : { errors: byField(fieldProblems(checked.error)) };
}

/** The months a task may be due, as the picker lists them. */
export const MONTH_OPTIONS = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: `${i + 1}月` }));
