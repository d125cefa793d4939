// The function tables are the one source of who may call what: the runtime's check and docs/api.md both read them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch, type AnyAction } from '../../cloudfunctions/core/runtime';
import { ROLES, type Role } from '../../cloudfunctions/core/vocabulary';
import { FUNCTIONS } from '../../cloudfunctions/functions';
import { API_DOCS_PATH } from '../../scripts/api-docs';
import { account, memoryContext } from './memoryContext';

const everyAction = Object.values(FUNCTIONS).flatMap((fn) =>
  Object.entries(fn.actions as Record<string, AnyAction>).map(([name, def]) => ({ fn, name, def })),
);

it('every action of every function names the roles that may call it', () => {
  expect(everyAction.length).toBeGreaterThan(30);
  for (const { fn, name, def } of everyAction) {
    expect({ action: `${fn.name}.${name}`, roles: def.roles.length > 0 }).toEqual({
      action: `${fn.name}.${name}`,
      roles: true,
    });
    for (const role of def.roles) expect(ROLES).toContain(role);
  }
});

/** The roles docs/api.md lists for `fn.action` (the 调用者 line under its heading). */
function documentedRoles(docs: string, fnAction: string): string[] {
  const match = new RegExp(`### \`${fnAction.replace('.', '\\.')}\`\\n\\n调用者：(.*)\\n`).exec(docs);
  if (!match) throw new Error(`docs/api.md does not document ${fnAction}`);
  return match[1]!.split('、').filter((r) => (ROLES as readonly string[]).includes(r));
}

it("the docs' roles are the runtime's: exactly the listed roles get past the role check", async () => {
  const docs = readFileSync(API_DOCS_PATH, 'utf8');
  const ctx = memoryContext();
  for (const { fn, name } of everyAction) {
    const listed = documentedRoles(docs, `${fn.name}.${name}`).sort();
    const admitted: Role[] = [];
    for (const role of ROLES) {
      // An unknown field fails validation, so an admitted call stops at INVALID_ARGUMENT and changes nothing.
      const res = await dispatch(
        fn,
        { action: name, notAField: 1 },
        { account: account('x', role), openid: null },
        ctx,
      );
      if (!res.ok && res.error.code !== 'PERMISSION_DENIED') admitted.push(role);
    }
    expect({ action: `${fn.name}.${name}`, roles: admitted.sort() }).toEqual({
      action: `${fn.name}.${name}`,
      roles: listed,
    });
  }
});

it('keeps DESIGN 4.3: editors may not save the assessment rule nor manage accounts', () => {
  expect(FUNCTIONS.stats.actions.saveRule.roles).toEqual(['admin']);
  for (const a of ['invite', 'save', 'saveUnit', 'saveTownship'] as const) {
    expect(FUNCTIONS.accounts.actions[a].roles).toEqual(['admin']);
  }
  expect(FUNCTIONS.accounts.actions.list.roles).toEqual(['editor', 'admin']);
  expect(FUNCTIONS.articles.actions.get.roles).toEqual(['reporter', 'editor', 'admin']);
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

it('the app takes only types from the function tables, so no server code reaches its bundle', () => {
  const valueImports: string[] = [];
  for (const file of sourceFiles(join(__dirname, '../../src'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)';/gms)) {
      const fromTables = m[2] === '@api' || m[2]!.includes('cloudfunctions/functions');
      if (fromTables && !m[1]) valueImports.push(`${file}: ${m[0]}`);
    }
  }
  expect(valueImports).toEqual([]);
});
