// npm run deploy without credentials stops before building anything, naming each missing variable in Chinese and
// English; with some set, only the others are named.
import { spawnSync } from 'child_process';
import { join } from 'path';
import { missingEnvMessage, REQUIRED_ENV } from '../../scripts/deploy';

const ROOT = join(__dirname, '../..');

it('exits non-zero and names every missing variable when none is set', () => {
  const env = { ...process.env };
  for (const v of REQUIRED_ENV) delete env[v.name];
  const run = spawnSync(process.execPath, [require.resolve('tsx/cli'), 'scripts/deploy.ts'], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(run.status).toBe(2);
  expect(run.stderr).toContain('缺少以下环境变量');
  expect(run.stderr).toContain('environment variables are missing');
  for (const name of ['WX_APPID', 'WX_PRIVATE_KEY_PATH', 'WX_ENV_ID']) expect(run.stderr).toContain(name);
  expect(run.stdout).not.toContain('构建');
});

it('names only what is missing, and treats a blank value as missing', () => {
  const message = missingEnvMessage({ WX_APPID: 'wx0123456789abcdef', WX_ENV_ID: '  ' })!;
  const named = message
    .split('\n')
    .filter((l) => /^\s+WX_[A-Z_]+：/.test(l))
    .map((l) => l.trim().split('：')[0]);
  expect(named).toEqual(['WX_PRIVATE_KEY_PATH', 'WX_ENV_ID']);
  expect(missingEnvMessage({ WX_APPID: 'a', WX_PRIVATE_KEY_PATH: 'k', WX_ENV_ID: 'e' })).toBeNull();
});
