// The authorization matrix of DESIGN 4.3, table-driven: every action × every kind of caller, and the record-level
// cells (another reporter's lead, another township's lead or article). Checks run 401 → 403 → 400 → 404, so each
// role cell sends an empty payload: a caller the role table refuses must hear 403, never the payload's 400.
// The expectations are written from DESIGN, not read from the code's role lists.
import fs from 'node:fs';
import { seedDemoIfEmpty } from '../../cloudfunctions/adapters/local/demo';
import { DEMO_TOWNSHIP, DEMO_UNITS } from '../../cloudfunctions/adapters/local/demo/people';
import { LocalStore } from '../../cloudfunctions/adapters/local/store';
import type { Envelope } from '../../cloudfunctions/core/errors';
import type { Context, Identity } from '../../cloudfunctions/core/ports';
import { dispatch, type FunctionDef } from '../../cloudfunctions/core/runtime';
import { FUNCTIONS } from '../../cloudfunctions/functions';
import { fuzzContext } from '../support/fuzz';
import { makeDataDir } from '../support/host';

const NOW = new Date('2026-06-15T04:00:00.000Z');
type Caller = 'anonymous' | 'reporter' | 'otherUnitReporter' | 'editor' | 'admin' | 'otherTownshipEditor';
const CALLERS: Caller[] = ['anonymous', 'reporter', 'otherUnitReporter', 'editor', 'admin', 'otherTownshipEditor'];

/** DESIGN 4.3 "Who may call what". */
const REPORTER_ACTIONS = [
  'accounts.me',
  'accounts.units',
  // DESIGN 4.5: everyone changes their own password (the first login with a one-time password must).
  'accounts.changePassword',
  // DESIGN 4.5 "Personal data": everyone may ask for their own (another's is NOT_FOUND, in the record cells).
  'accounts.exportPersonalData',
  'leads.submit',
  'leads.mine',
  'leads.get',
  'leads.reply',
  'articles.get',
  // Issue 14: a reporter enters and reads their own unit's monthly reach (the service keeps them to that unit).
  'platforms.saveMonthly',
  'platforms.listMonthly',
];
const EDITOR_ONLY = (name: string) =>
  (/^(leads|articles|trainings|activities|workPlan)\./.test(name) ||
    (name.startsWith('stats.') && name !== 'stats.saveRule')) &&
  !REPORTER_ACTIONS.includes(name);
/**
 * Monthly reach is entered by an admin or the unit's reporter (issue 14); editors read it. Its Excel import
 * (platforms.importMonthly) is an admin's alone, as every action no list here names.
 */
const NOT_FOR_EDITORS = ['platforms.saveMonthly'];
const EDITOR_ACTIONS = (name: string) =>
  (REPORTER_ACTIONS.includes(name) && !NOT_FOR_EDITORS.includes(name)) || EDITOR_ONLY(name) || name === 'accounts.list';

function mayCall(caller: Caller, name: string): boolean {
  if (caller === 'admin') return true;
  if (caller === 'reporter' || caller === 'otherUnitReporter') return REPORTER_ACTIONS.includes(name);
  return EDITOR_ACTIONS(name);
}

/** accounts.bind answers for WeChat users without an account; what it tells a bound one is issue 11's to settle. */
const NOT_IN_ROLE_MATRIX = ['accounts.bind'];

let dir: string;
let store: LocalStore;
let ctx: Context;
/** The callers of the matrix, and the second township's reporter who only makes records there. */
const who: Partial<Record<Caller | 'twoReporter', Identity>> = {};
const ids: Record<string, string> = {};
const cells: string[] = [];

const call = (caller: Caller | 'twoReporter', name: string, payload: Record<string, unknown> = {}) => {
  const [fnName, action] = name.split('.') as [string, string];
  const fn = (FUNCTIONS as Record<string, FunctionDef>)[fnName]!;
  return dispatch(fn, { ...payload, action }, who[caller]!, ctx, () => undefined);
};
const data = (e: Envelope<unknown>) => {
  if (!e.ok) throw new Error(JSON.stringify(e.error));
  return e.data as { id: string };
};

beforeAll(async () => {
  dir = makeDataDir();
  store = LocalStore.open(dir);
  await seedDemoIfEmpty(store, NOW);
  ctx = fuzzContext(store, NOW);
  // A second township with an editor and a reporter of its own.
  store.insertTownship({ ...DEMO_TOWNSHIP, id: 't_two', name: '二号镇' });
  store.insertUnit({ ...DEMO_UNITS[0]!, id: 'u_two', townshipId: 't_two', name: '二号村' }, 0);
  const editor = (await store.findAccountByUsername('editor'))!;
  const reporter = (await store.findAccountByUsername('reporter1'))!;
  await store.insertAccount({
    ...editor,
    id: 'a_two_editor',
    townshipId: 't_two',
    username: 'two_editor',
    openid: null,
  });
  await store.insertAccount({
    ...reporter,
    id: 'a_two_rep',
    townshipId: 't_two',
    unitId: 'u_two',
    username: 'two_rep',
  });
  const as = async (username: string): Promise<Identity> => ({
    account: await store.findAccountByUsername(username),
    openid: null,
  });
  Object.assign(who, {
    anonymous: { account: null, openid: null },
    reporter: await as('reporter1'),
    otherUnitReporter: await as('reporter2'),
    editor: await as('editor'),
    admin: await as('admin'),
    otherTownshipEditor: await as('two_editor'),
  });
  who.twoReporter = await as('two_rep');

  const lead = (caller: Caller | 'twoReporter', title: string) =>
    call(caller, 'leads.submit', {
      clientId: crypto.randomUUID(),
      title,
      body: '矩阵测试用的线索正文。',
      category: DEMO_TOWNSHIP.categories[0],
    });
  ids.ownLead = data(await lead('reporter', '张伟的线索')).id;
  ids.otherLead = data(await lead('otherUnitReporter', '刘芳的线索')).id;
  ids.twoLead = data(await lead('twoReporter', '二号镇的线索')).id;
  await call('editor', 'leads.review', { id: ids.ownLead, decision: 'accept' });
  await call('otherTownshipEditor', 'leads.review', { id: ids.twoLead, decision: 'accept' });
  ids.ownArticle = data(
    await call('editor', 'articles.create', { title: '稿件', kind: 'news', leadIds: [ids.ownLead] }),
  ).id;
  ids.twoArticle = data(
    await call('otherTownshipEditor', 'articles.create', { title: '二号镇稿件', kind: 'news', leadIds: [ids.twoLead] }),
  ).id;
  ids.otherArticleLead = data(await lead('otherUnitReporter', '刘芳的第二条线索')).id;
  await call('editor', 'leads.review', { id: ids.otherArticleLead, decision: 'accept' });
  ids.otherArticle = data(
    await call('editor', 'articles.create', { title: '刘芳的稿件', kind: 'news', leadIds: [ids.otherArticleLead] }),
  ).id;
});
afterAll(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(`authorization matrix: ${cells.length} cells checked`);
});

const actions = Object.values(FUNCTIONS as Record<string, FunctionDef>).flatMap((fn) =>
  Object.keys(fn.actions).map((a) => `${fn.name}.${a}`),
);
const roleCells = actions
  .filter((name) => !NOT_IN_ROLE_MATRIX.includes(name))
  .flatMap((name) => CALLERS.map((caller) => [name, caller] as const));

test.each(roleCells)(
  '%s by %s: 401 for no one, 403 outside the role table, else past the role check',
  async (name, caller) => {
    const answer = await call(caller, name);
    const code = answer.ok ? 'OK' : answer.error.code;
    const expected =
      caller === 'anonymous' ? 'UNAUTHENTICATED' : mayCall(caller, name) ? 'allowed' : 'PERMISSION_DENIED';
    if (expected === 'allowed') expect(['UNAUTHENTICATED', 'PERMISSION_DENIED']).not.toContain(code);
    else expect(code).toBe(expected);
    cells.push(`${name}/${caller}`);
  },
);

/** [caller, action, payload of a record, expected]: NOT_FOUND is how a record the caller may not see answers. */
const TARGETS: [Caller, string, () => Record<string, unknown>, 'visible' | 'NOT_FOUND'][] = [
  ['reporter', 'leads.get', () => ({ id: ids.ownLead }), 'visible'],
  ['otherUnitReporter', 'leads.get', () => ({ id: ids.ownLead }), 'NOT_FOUND'],
  ['editor', 'leads.get', () => ({ id: ids.ownLead }), 'visible'],
  ['admin', 'leads.get', () => ({ id: ids.ownLead }), 'visible'],
  ['otherTownshipEditor', 'leads.get', () => ({ id: ids.ownLead }), 'NOT_FOUND'],
  ['editor', 'leads.get', () => ({ id: ids.twoLead }), 'NOT_FOUND'],
  ['otherUnitReporter', 'leads.reply', () => ({ id: ids.ownLead, text: '补充' }), 'NOT_FOUND'],
  ['otherTownshipEditor', 'leads.review', () => ({ id: ids.otherLead, decision: 'accept' }), 'NOT_FOUND'],
  ['editor', 'leads.review', () => ({ id: ids.twoLead, decision: 'reject', note: '不属于本镇' }), 'NOT_FOUND'],
  ['otherTownshipEditor', 'leads.highlight', () => ({ id: ids.otherLead, section: '理论武装' }), 'NOT_FOUND'],
  ['reporter', 'articles.get', () => ({ id: ids.ownArticle }), 'visible'],
  ['reporter', 'articles.get', () => ({ id: ids.otherArticle }), 'NOT_FOUND'],
  ['otherUnitReporter', 'articles.get', () => ({ id: ids.ownArticle }), 'NOT_FOUND'],
  ['editor', 'articles.get', () => ({ id: ids.twoArticle }), 'NOT_FOUND'],
  ['otherTownshipEditor', 'articles.get', () => ({ id: ids.ownArticle }), 'NOT_FOUND'],
  [
    'otherTownshipEditor',
    'articles.addPublication',
    () => ({ articleId: ids.ownArticle, outlet: '县报', level: 'county', publishedAt: '2026-06-01' }),
    'NOT_FOUND',
  ],
  ['admin', 'articles.save', () => ({ id: ids.twoArticle, title: '改名' }), 'NOT_FOUND'],
  ['reporter', 'accounts.exportPersonalData', () => ({ accountId: who.reporter!.account!.id }), 'visible'],
  ['otherUnitReporter', 'accounts.exportPersonalData', () => ({ accountId: who.reporter!.account!.id }), 'NOT_FOUND'],
  ['editor', 'accounts.exportPersonalData', () => ({ accountId: who.reporter!.account!.id }), 'NOT_FOUND'],
  ['editor', 'accounts.exportPersonalData', () => ({ accountId: who.editor!.account!.id }), 'visible'],
  ['admin', 'accounts.exportPersonalData', () => ({ accountId: who.reporter!.account!.id }), 'visible'],
  ['otherTownshipEditor', 'accounts.exportPersonalData', () => ({ accountId: who.reporter!.account!.id }), 'NOT_FOUND'],
  ['admin', 'accounts.exportPersonalData', () => ({ accountId: 'a_two_rep' }), 'NOT_FOUND'],
  ['admin', 'accounts.erasePersonalData', () => ({ accountId: 'a_two_rep' }), 'NOT_FOUND'],
  // An import reads only a spreadsheet the admin uploaded.
  ['admin', 'platforms.importMonthly', () => ({ fileID: `f_${'0'.repeat(32)}.xlsx` }), 'NOT_FOUND'],
];

test.each(TARGETS.map(([c, a, p, e], i) => [i, c, a, e, p] as const))(
  'record cell %i: %s calling %s → %s',
  async (_, caller, name, expected, payload) => {
    const answer = await call(caller, name, payload());
    if (expected === 'visible') expect(answer).toMatchObject({ ok: true });
    else expect(answer).toMatchObject({ ok: false, error: { code: expected } });
    cells.push(`${name}/${caller}/target`);
  },
);

test('every action of every function has its row', () => {
  for (const name of actions) {
    if (NOT_IN_ROLE_MATRIX.includes(name)) continue;
    expect(roleCells.filter(([n]) => n === name)).toHaveLength(CALLERS.length);
  }
});
