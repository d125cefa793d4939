// The one way a test waits for something that happens in its own time (a job, a save, a page catching up): read
// again every `everyMs` until the answer passes `done`, and hand back the last answer for the test to assert on.
// The limit bounds a stuck run; it is not a timing assertion.
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  { limitMs = 15_000, everyMs = 100 }: { limitMs?: number; everyMs?: number } = {},
): Promise<T> {
  let value = await read();
  for (const until = Date.now() + limitMs; !done(value) && Date.now() < until;) {
    await new Promise((r) => setTimeout(r, everyMs));
    value = await read();
  }
  return value;
}
