// Issue 10, item 7: phones (and whatever carries them: accounts, callers, payloads, request bodies) are never
// written to logs. Scans every console.* and log(...) call in the app, the functions and the host.
import fs from 'node:fs';
import path from 'node:path';

const ROOTS = ['src', 'cloudfunctions'];
const CALL = /\b(?:console\.(?:log|info|warn|error|debug|trace)|log|logger\.\w+|\.log\.\w+)\(/g;
/** Words naming a phone or something that holds one. */
const PERSONAL = /phone|mobile|account|caller|identity|payload|input|event|body|openid|profile|\bme\b/i;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The text between the call's parentheses. */
function argumentsAt(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return text.slice(open + 1, i);
  }
  return text.slice(open + 1);
}

const logCalls = (file: string, text: string) =>
  [...text.matchAll(CALL)].map((m) => ({
    file,
    call: m[0],
    args: argumentsAt(text, (m.index ?? 0) + m[0].length - 1),
  }));

/** Calls whose arguments, string literals aside, name something personal. */
const loggedPersonalData = (file: string, text: string) =>
  logCalls(file, text)
    .filter(({ args }) => PERSONAL.test(args.replace(/'[^']*'|`[^`]*`/g, "''")))
    .map(({ call, args }) => `${file}: ${call}${args})`);

test('no log call is handed a phone, an account or a payload', () => {
  const files = ROOTS.flatMap((root) => sourceFiles(root)).map((file) => ({
    file,
    text: fs.readFileSync(file, 'utf8'),
  }));
  expect(files.flatMap(({ file, text }) => logCalls(file, text)).length).toBeGreaterThan(5); // the scan finds calls
  expect(files.flatMap(({ file, text }) => loggedPersonalData(file, text))).toEqual([]);
});

test('the scan sees what it must see', () => {
  expect(loggedPersonalData('x.ts', 'console.warn("bind", account.phone);')).toHaveLength(1);
  expect(loggedPersonalData('x.ts', 'log(`saved`, { caller });')).toHaveLength(1);
  expect(loggedPersonalData('x.ts', "console.error('账号 account 保存失败', err);")).toEqual([]);
});
