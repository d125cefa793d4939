// Bundles every cloud function of cloudfunctions/functions/index.ts for WeChat cloud development:
// dist/functions/<name>/{index.js, package.json, config.json}, wx-server-sdk left external and pinned.
import { build } from 'esbuild';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { functionConfig, NODE_RUNTIME } from '../cloudfunctions/functions/deployment';
import { FUNCTIONS } from '../cloudfunctions/functions/index';
import { functionReportLines } from './functionReport';

const ROOT = resolve(__dirname, '..');
/** TOOLCHAIN.md: the version tried here (require and init work offline). */
export const WX_SERVER_SDK_VERSION = '4.0.2';
export const MAX_BUNDLE_BYTES = 1024 * 1024;

export interface BuiltFunction {
  name: string;
  dir: string;
  bytes: number;
}

/**
 * Each function's entry is a real TypeScript file (cloudfunctions/adapters/wx/entries/<name>.ts) that tsc checks:
 * it wires the function's own table to wxMain, so `leads` never carries `stats`' exporters.
 */
export const ENTRIES_DIR = join(ROOT, 'cloudfunctions/adapters/wx/entries');

function entryOf(name: string): string {
  const entry = join(ENTRIES_DIR, `${name}.ts`);
  if (!existsSync(entry)) throw new Error(`云函数 ${name} 缺少入口文件 ${entry}`);
  return entry;
}

/** One bundle folder from entries/<name>.ts (deploy.ts builds the `setup` function this way too). */
export async function buildOne(name: string, outDir: string): Promise<BuiltFunction> {
  const dir = join(outDir, name);
  mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: [entryOf(name)],
    outfile: join(dir, 'index.js'),
    platform: 'node',
    format: 'cjs',
    target: NODE_RUNTIME.esbuildTarget,
    bundle: true,
    minify: true,
    external: ['wx-server-sdk'],
    tsconfig: join(ROOT, 'tsconfig.json'),
    legalComments: 'none',
    logLevel: 'warning',
  });
  const pkg = {
    name,
    version: '1.0.0',
    private: true,
    main: 'index.js',
    dependencies: { 'wx-server-sdk': WX_SERVER_SDK_VERSION },
  };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
  writeFileSync(join(dir, 'config.json'), JSON.stringify(functionConfig(name), null, 2) + '\n');
  return { name, dir, bytes: statSync(join(dir, 'index.js')).size };
}

/** Builds every function into `outDir` (emptied first, so a removed function leaves no stale folder). */
export async function buildFunctions(outDir = join(ROOT, 'dist/functions')): Promise<BuiltFunction[]> {
  rmSync(outDir, { recursive: true, force: true });
  const built: BuiltFunction[] = [];
  for (const name of Object.keys(FUNCTIONS)) built.push(await buildOne(name, outDir));
  return built;
}

async function cli(): Promise<void> {
  const flag = process.argv.indexOf('--out');
  const outDir = flag > 0 && process.argv[flag + 1] ? resolve(process.argv[flag + 1]!) : undefined;
  const built = await buildFunctions(outDir);
  for (const line of functionReportLines(built, MAX_BUNDLE_BYTES)) console.log(line);
  if (built.some((fn) => fn.bytes > MAX_BUNDLE_BYTES)) {
    console.error('有云函数包超过 1 MB，请检查是否打包了不该打包的依赖');
    process.exit(1);
  }
}

if (require.main === module) {
  cli().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
