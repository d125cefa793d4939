// Reordering the photos of a draft: the first one is the cover editors see in the queue.

/** Moves the item with `key` by `delta` places, staying inside the list. */
export function moveItem<T extends { key: string }>(items: T[], key: string, delta: number): T[] {
  const from = items.findIndex((i) => i.key === key);
  const to = Math.max(0, Math.min(items.length - 1, from + delta));
  if (from < 0 || from === to) return items;
  const next = [...items];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved as T);
  return next;
}
