// Fails when a file of the weapp build uses syntax newer than ES2019 (`?.`, `??`, class fields, `??=`, …), which the
// JavaScriptCore of older iOS WeChat clients cannot parse: every dist/weapp .js must parse with acorn at ES2019.
import { parse } from 'acorn';
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative, resolve } from 'path';

export const ECMA_VERSION = 2019;

export interface SyntaxProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** Every file under `dir` whose name matches `pattern`, at any depth. */
export function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

/** The first syntax error of each file at ES2019, or nothing when every file parses. */
export function checkEs2019(dir: string): { files: number; problems: SyntaxProblem[] } {
  const files = filesUnder(dir, /\.js$/);
  const problems: SyntaxProblem[] = [];
  for (const file of files) {
    try {
      parse(readFileSync(file, 'utf8'), { ecmaVersion: ECMA_VERSION, sourceType: 'script', allowHashBang: true });
    } catch (err) {
      const e = err as SyntaxError & { loc?: { line: number; column: number } };
      problems.push({
        file: relative(dir, file),
        line: e.loc?.line ?? 0,
        column: e.loc?.column ?? 0,
        message: e.message,
      });
    }
  }
  return { files: files.length, problems };
}

if (require.main === module) {
  const dir = resolve(process.argv[2] ?? 'dist/weapp');
  const { files, problems } = checkEs2019(dir);
  if (files === 0) {
    console.error(`${dir} 里没有 .js 文件：请先运行 npm run build:weapp / no .js files, run npm run build:weapp first`);
    process.exit(1);
  }
  for (const p of problems) console.error(`${p.file}:${p.line}:${p.column} ${p.message}`);
  if (problems.length > 0) {
    console.error(`${problems.length} / ${files} 个文件含有 ES2019 之后的语法 / files with syntax newer than ES2019`);
    process.exit(1);
  }
  console.log(`${files} 个文件均可按 ES2019 解析 / all ${files} files parse as ES2019`);
}
