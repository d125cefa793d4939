// Hostile payloads for every action of every function, through dispatch on the real SQLite store: whatever arrives
// (wrong types, missing and extra fields, huge and deep values, lone surrogates, zero-width text, NUL, `__proto__`),
// the answer is the envelope, never INTERNAL, and a refusal leaves the database exactly as it was.
// FUZZ_RUNS (default 1000) runs per action.
import fc from 'fast-check';
import fs from 'node:fs';
import { seedDemoIfEmpty } from '../../cloudfunctions/adapters/local/demo';
import { LocalStore } from '../../cloudfunctions/adapters/local/store';
import type { Identity } from '../../cloudfunctions/core/ports';
import { dispatch, type FunctionDef } from '../../cloudfunctions/core/runtime';
import { FUNCTIONS } from '../../cloudfunctions/functions';
import { DigestWatch, fuzzContext, payloadArb } from '../support/fuzz';
import { makeDataDir } from '../support/host';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const NOW = new Date('2026-06-15T04:00:00.000Z');

let dir: string;
let store: LocalStore;
let callers: Identity[];
const timings: string[] = [];

beforeAll(async () => {
  dir = makeDataDir();
  store = LocalStore.open(dir);
  await seedDemoIfEmpty(store, NOW);
  const as = async (username: string): Promise<Identity> => ({
    account: await store.findAccountByUsername(username),
    openid: null,
  });
  callers = [await as('admin'), await as('editor'), await as('reporter1'), { account: null, openid: 'o_fuzz_unbound' }];
});
afterAll(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(`fuzz: ${RUNS} runs per action\n${timings.join('\n')}`);
});

const cases = Object.values(FUNCTIONS as Record<string, FunctionDef>).flatMap((fn) =>
  Object.entries(fn.actions).map(([name, def]) => [`${fn.name}.${name}`, fn, name, def] as const),
);

test('every action of every function is fuzzed', () => {
  expect(cases.length).toBeGreaterThan(30);
});

test.each(cases)(
  '%s: never INTERNAL, always the envelope, nothing changed by a refusal',
  async (label, fn, name, def) => {
    const ctx = fuzzContext(store, NOW);
    const watch = new DigestWatch(store.db);
    const started = Date.now();
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(payloadArb(def.schema, store), fc.nat(callers.length - 1), async (payload, who) => {
        watch.mark();
        const answer = await dispatch(fn, { ...payload, action: name }, callers[who]!, ctx, () => undefined);
        expect(typeof answer.ok).toBe('boolean');
        if (answer.ok) return;
        refused += 1;
        expect(answer.error.code).not.toBe('INTERNAL');
        expect(typeof answer.error.message).toBe('string');
        expect(answer.error.message).toMatch(/[\u4e00-\u9fff]/);
        expect(watch.current()).toEqual(watch.marked());
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
    timings.push(`  ${label}: ${Date.now() - started} ms, ${refused} refused`);
  },
);
