// npm run deploy: builds the mini program and the cloud functions, then uploads both with miniprogram-ci.
// Credentials come only from the environment (never committed): WX_APPID, WX_PRIVATE_KEY_PATH, WX_ENV_ID.
// Upload APIs: miniprogram-ci README (ci.upload, ci.cloud.uploadFunction); see docs/deploy.md for the whole path.
import { execFileSync } from 'child_process';
import { existsSync } from 'fs';
import { join, resolve } from 'path';
import { indexLines } from '../cloudfunctions/adapters/wx/collections';
import { NODE_RUNTIME } from '../cloudfunctions/functions/deployment';
import { buildFunctions, buildOne, MAX_BUNDLE_BYTES } from './build-functions';
import { checkEs2019 } from './check-es2019';
import { functionReportLines } from './functionReport';

const ROOT = resolve(__dirname, '..');

export const REQUIRED_ENV = [
  { name: 'WX_APPID', zh: '小程序 AppID（公众平台 → 开发管理 → 开发设置）', en: 'the mini program AppID' },
  {
    name: 'WX_PRIVATE_KEY_PATH',
    zh: '代码上传密钥文件的路径（开发设置 → 小程序代码上传 → 生成密钥，并把本机 IP 加入白名单）',
    en: 'path to the code-upload private key file',
  },
  {
    name: 'WX_ENV_ID',
    zh: '云开发环境 ID（云开发控制台 → 设置 → 环境 ID）',
    en: 'the cloud development environment ID',
  },
] as const;

export type DeployEnv = Record<(typeof REQUIRED_ENV)[number]['name'], string>;

/** Every missing or empty variable, each with what to put there; null when all are set. */
export function missingEnvMessage(env: NodeJS.ProcessEnv): string | null {
  const missing = REQUIRED_ENV.filter((v) => !env[v.name]?.trim());
  if (missing.length === 0) return null;
  return [
    '无法部署：缺少以下环境变量 / Cannot deploy: these environment variables are missing:',
    ...missing.map((v) => `  ${v.name}：${v.zh} / ${v.en}`),
    '例如 / for example:',
    '  WX_APPID=wx0123456789abcdef WX_PRIVATE_KEY_PATH=./private.key WX_ENV_ID=prod-1a2b npm run deploy',
  ].join('\n');
}

/** The `setup` function: not in the FUNCTIONS table (no actions, run once from the console). */
export function buildSetupFunction(outDir: string) {
  return buildOne('setup', outDir);
}

async function deploy(env: DeployEnv): Promise<void> {
  if (!existsSync(env.WX_PRIVATE_KEY_PATH)) {
    throw new Error(`找不到密钥文件 / private key not found: ${env.WX_PRIVATE_KEY_PATH}`);
  }
  console.log('构建小程序 / building the mini program …');
  execFileSync('npx', ['taro', 'build', '--type', 'weapp'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const syntax = checkEs2019(join(ROOT, 'dist/weapp'));
  if (syntax.problems.length > 0)
    throw new Error(`dist/weapp 含有 ES2019 之后的语法 / newer than ES2019: ${syntax.problems[0]!.file}`);

  console.log('构建云函数 / building the cloud functions …');
  const outDir = join(ROOT, 'dist/functions');
  const bundles = [...(await buildFunctions(outDir)), await buildSetupFunction(outDir)];
  for (const line of functionReportLines(bundles, MAX_BUNDLE_BYTES)) console.log(line);

  // Loaded only here: miniprogram-ci is heavy and never needed by the build or the tests.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ci = require('miniprogram-ci');
  const project = new ci.Project({
    appid: env.WX_APPID,
    type: 'miniProgram',
    projectPath: ROOT,
    privateKeyPath: env.WX_PRIVATE_KEY_PATH,
    ignores: ['node_modules/**/*'],
  });
  for (const fn of bundles) {
    console.log(`上传云函数 / uploading function ${fn.name} (${NODE_RUNTIME.name}) …`);
    // remoteNpmInstall: the cloud installs the pinned wx-server-sdk; the bundle carries everything else.
    await ci.cloud.uploadFunction({ project, env: env.WX_ENV_ID, name: fn.name, path: fn.dir, remoteNpmInstall: true });
  }
  const version = process.env.WX_VERSION ?? new Date().toISOString().slice(0, 10).replace(/-/g, '.');
  console.log(`上传小程序代码 / uploading the mini program ${version} …`);
  await ci.upload({ project, version, desc: process.env.WX_DESC ?? '乡讯发布', setting: { useProjectConfig: true } });

  console.log(
    '完成。首次部署后请在云开发控制台运行 setup 云函数，并核对以下索引 / Done. On a first deploy run `setup` once:',
  );
  for (const line of indexLines()) console.log(`  ${line}`);
}

if (require.main === module) {
  const message = missingEnvMessage(process.env);
  if (message) {
    console.error(message);
    process.exit(2);
  }
  deploy(process.env as unknown as DeployEnv).catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
