// The leads an editor has ticked in the queue for a bulk decision. Only leads still waiting (submitted)
// can be ticked; a refreshed list drops ticks on leads that left it.

export type Selection = ReadonlySet<string>;

export const emptySelection = (): Selection => new Set<string>();

export function toggle(selection: Selection, id: string): Selection {
  const next = new Set(selection);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

export const selectable = <T extends { id: string; status: string }>(items: T[]) =>
  items.filter((i) => i.status === 'submitted');

/** All selectable items ticked → untick all; otherwise tick all of them. */
export function toggleAll<T extends { id: string; status: string }>(selection: Selection, items: T[]): Selection {
  const ids = selectable(items).map((i) => i.id);
  const allOn = ids.length > 0 && ids.every((id) => selection.has(id));
  return allOn ? new Set<string>() : new Set(ids);
}

/** Keeps only ticks on leads that are still shown and still waiting. */
export function keepVisible<T extends { id: string; status: string }>(selection: Selection, items: T[]): Selection {
  const ids = new Set(selectable(items).map((i) => i.id));
  const next = [...selection].filter((id) => ids.has(id));
  return next.length === selection.size ? selection : new Set(next);
}

/** The version each ticked lead was listed with, sent with a bulk decision (leads.reviewMany `versions`). */
export function versionsOf<T extends { id: string; version: number }>(
  items: T[],
  selection: Selection,
): Record<string, number> {
  return Object.fromEntries(items.filter((i) => selection.has(i.id)).map((i) => [i.id, i.version]));
}
