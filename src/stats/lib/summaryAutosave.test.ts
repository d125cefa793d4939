// The summary page's autosave: one save after typing stops, based on the last savedAt; edits made while saving go
// out next; a 409 stops saving; a failed save keeps the text for the next try.
import { Autosaver, type SaveState } from './summaryAutosave';

type Doc = { text: string };

function harness(save: (doc: Doc, base: string | null) => Promise<{ savedAt: string | null }>) {
  const states: SaveState[] = [];
  const saver = new Autosaver<Doc>(null, { delayMs: 1000, save, onState: (s) => states.push(s) });
  return { saver, states };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

it('saves once after typing stops, with the savedAt it last saw as the base', async () => {
  const calls: [string, string | null][] = [];
  let n = 0;
  const { saver, states } = harness(async (doc, base) => {
    calls.push([doc.text, base]);
    return { savedAt: `t${++n}` };
  });
  saver.edit({ text: 'a' });
  saver.edit({ text: 'ab' });
  await jest.advanceTimersByTimeAsync(999);
  expect(calls).toEqual([]);
  expect(saver.dirty).toBe(true);
  await jest.advanceTimersByTimeAsync(1);
  expect(calls).toEqual([['ab', null]]);
  saver.edit({ text: 'abc' });
  await jest.advanceTimersByTimeAsync(1000);
  expect(calls).toEqual([
    ['ab', null],
    ['abc', 't1'],
  ]);
  expect(saver.dirty).toBe(false);
  expect(states.at(-1)).toBe('saved');
});

it('an edit made while a save is in flight is saved after it, never lost', async () => {
  const calls: string[] = [];
  let release!: () => void;
  const { saver } = harness(
    (doc) =>
      new Promise((resolve) => {
        calls.push(doc.text);
        release = () => resolve({ savedAt: doc.text });
      }),
  );
  saver.edit({ text: 'one' });
  await jest.advanceTimersByTimeAsync(1000);
  saver.edit({ text: 'two' });
  release();
  await jest.advanceTimersByTimeAsync(1000);
  expect(calls).toEqual(['one', 'two']);
  release();
  await saver.flush();
  expect(saver.savedAt).toBe('two');
  expect(saver.dirty).toBe(false);
});

it('flush saves at once (before export or leaving)', async () => {
  const calls: string[] = [];
  const { saver } = harness(async (doc) => {
    calls.push(doc.text);
    return { savedAt: 'x' };
  });
  saver.edit({ text: 'now' });
  await saver.flush();
  expect(calls).toEqual(['now']);
});

it('a 409 stops saving, so the newer draft elsewhere is never overwritten', async () => {
  let calls = 0;
  const { saver, states } = harness(async () => {
    calls += 1;
    throw Object.assign(new Error('这份总结已在别处保存了更新的版本'), { code: 'CONFLICT' });
  });
  saver.edit({ text: 'old page' });
  await jest.advanceTimersByTimeAsync(1000);
  saver.edit({ text: 'more' });
  await jest.advanceTimersByTimeAsync(5000);
  expect(calls).toBe(1);
  expect(states).toContain('conflict');
});

it('a failed save keeps the text and tries again on the next edit, without looping', async () => {
  const calls: string[] = [];
  let fail = true;
  const { saver, states } = harness(async (doc) => {
    calls.push(doc.text);
    if (fail) throw new Error('网络不可用');
    return { savedAt: 's' };
  });
  saver.edit({ text: 'kept' });
  await jest.advanceTimersByTimeAsync(10_000);
  expect(calls).toEqual(['kept']);
  expect(states.at(-1)).toBe('error');
  expect(saver.dirty).toBe(true);
  fail = false;
  await saver.flush();
  expect(calls).toEqual(['kept', 'kept']);
  expect(saver.dirty).toBe(false);
});
