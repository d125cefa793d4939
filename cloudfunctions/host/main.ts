// `npm run serve` / `npm start`: starts the local host and says where it is and how to log in.
import { DEMO_PASSWORD, DEMO_USERNAMES } from '../adapters/local/demo';
import { DEMO_PEOPLE, unitNameOf } from '../adapters/local/demo/people';
import { ROLE_LABELS } from '../core/vocabulary';
import { startHost } from './server';
import { scheduleRetention } from './retention';
import { readSettings } from './settings';

async function main(): Promise<void> {
  const settings = readSettings(process.env, process.argv.slice(2));
  // Warnings and errors (an unexpected failure behind a 500) are always printed; LOG=1 adds every request.
  const host = await startHost({ ...settings, log: process.env.LOG === '1' ? true : 'warn' });
  const lines = [`乡讯本地服务已启动：${host.url}/`, `数据目录：${settings.dataDir}`];
  if (host.seeded) {
    const { leads, articles, publications, trainings } = host.seeded;
    lines.push(
      `已写入示范镇演示数据（${leads} 条线索，${articles} 篇稿件，${publications} 条刊发记录，${trainings} 期培训）。`,
    );
  }
  if (settings.demo) {
    lines.push(`演示账号（密码均为 ${DEMO_PASSWORD}）：`);
    for (const username of DEMO_USERNAMES) {
      const person = DEMO_PEOPLE.find((p) => p.username === username);
      if (!person) continue;
      const where = person.unitId ? ` · ${unitNameOf(person.unitId)}` : '';
      lines.push(`  ${username.padEnd(10)} ${person.name}（${ROLE_LABELS[person.role]}${where}）`);
    }
  } else {
    lines.push('未加载演示数据（--no-demo）。');
  }
  if (host.initialAdmin) {
    // Printed this once only; the file keeps it for whoever started the host in the background.
    const { townshipName, username, password, passwordFile } = host.initialAdmin;
    lines.push(
      `已创建“${townshipName}”和管理员账号 ${username}，一次性密码：${password}`,
      `（密码也已写入 ${passwordFile}；首次登录后须修改密码）`,
    );
  }
  console.log(lines.join('\n'));
  const retention = scheduleRetention(host.purgeExpired, (line) => console.log(line));

  const stop = (signal: string) => {
    console.log(`收到 ${signal}，正在关闭…`);
    clearInterval(retention);
    host.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error('启动失败：', err instanceof Error ? err.message : err);
  process.exit(1);
});
