// A list cut into runs of at most `size`: what a platform call takes at once, or a batch worked in parallel.
export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
