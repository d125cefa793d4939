// Bundles every cloud function of cloudfunctions/functions/index.ts for WeChat cloud development:
// dist/functions/<name>/{index.js, package.json, config.json}, wx-server-sdk left external and pinned.
import { build } from 'esbuild';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { FUNCTIONS } from '../cloudfunctions/functions/index';

const ROOT = resolve(__dirname, '..');
/** TOOLCHAIN.md: the version tried here (require and init work offline). */
export const WX_SERVER_SDK_VERSION = '4.0.2';
export const MAX_BUNDLE_BYTES = 1024 * 1024;

/** Open APIs each function may call (config.json); a function not listed needs none. */
export const OPENAPI_PERMISSIONS: Record<string, string[]> = {
  accounts: ['security.msgSecCheck'],
  leads: ['security.msgSecCheck', 'security.mediaCheckAsync', 'subscribeMessage.send'],
  articles: ['subscribeMessage.send'],
};

/** Functions that need the statistics store, and with it more time than WeChat's default 3 s (exports). */
const STATS_FUNCTIONS = new Set(['stats', 'trainings']);
const STATS_TIMEOUT_SECONDS = 60;

export interface BuiltFunction {
  name: string;
  dir: string;
  bytes: number;
}

/** The generated entry: the function's own module only (so `leads` never carries `stats`' exporters). */
function entrySource(name: string): string {
  const own = join(ROOT, 'cloudfunctions/functions', `${name}.ts`);
  const main = JSON.stringify(join(ROOT, 'cloudfunctions/adapters/wx/main.ts'));
  // Decisions reach their reporters and new leads the editors as subscription messages (templates from the
  // environment variables WX_TPL_LEAD_DECIDED and WX_TPL_LEAD_SUBMITTED of each function).
  let notifier = `import { wxSubscriptionNotifier } from ${JSON.stringify(join(ROOT, 'cloudfunctions/adapters/wx/notifier.ts'))};`;
  const withStats = STATS_FUNCTIONS.has(name);
  if (withStats) notifier += `\nimport { wxStatsStore } from ${JSON.stringify(join(ROOT, 'cloudfunctions/adapters/wx/stats/store.ts'))};`;
  const options = withStats ? '{ notifier: wxSubscriptionNotifier, stats: wxStatsStore }' : '{ notifier: wxSubscriptionNotifier }';
  if (existsSync(own)) {
    return [
      `import * as mod from ${JSON.stringify(own)};`,
      `import { pickFunction, wxMain } from ${main};`,
      notifier,
      `export const main = wxMain(pickFunction(mod, ${JSON.stringify(name)}), ${options});`,
    ].join('\n');
  }
  // A function defined elsewhere: take it from the table (bundles the other functions too, still correct).
  return [
    `import { FUNCTIONS } from ${JSON.stringify(join(ROOT, 'cloudfunctions/functions/index.ts'))};`,
    `import { wxMain } from ${main};`,
    notifier,
    `export const main = wxMain(FUNCTIONS[${JSON.stringify(name)}], ${options});`,
  ].join('\n');
}

async function buildOne(name: string, outDir: string): Promise<BuiltFunction> {
  const dir = join(outDir, name);
  mkdirSync(dir, { recursive: true });
  await build({
    stdin: { contents: entrySource(name), resolveDir: ROOT, sourcefile: `${name}.entry.ts`, loader: 'ts' },
    outfile: join(dir, 'index.js'),
    platform: 'node',
    format: 'cjs',
    target: 'node16',
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
  const config = {
    permissions: { openapi: OPENAPI_PERMISSIONS[name] ?? [] },
    ...(STATS_FUNCTIONS.has(name) ? { timeout: STATS_TIMEOUT_SECONDS } : {}),
  };
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config, null, 2) + '\n');
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
  let tooLarge = false;
  for (const fn of built) {
    const over = fn.bytes > MAX_BUNDLE_BYTES;
    tooLarge ||= over;
    console.log(`${fn.name.padEnd(12)} ${(fn.bytes / 1024).toFixed(1).padStart(8)} KB  ${fn.dir}${over ? '  超过 1 MB！' : ''}`);
  }
  if (tooLarge) {
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
