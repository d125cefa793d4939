// npm run backup [-- TARGET]: a consistent copy of DATA_DIR (default ./data) while the host keeps running,
// into TARGET (default ./backups/<date-time>). Restore by starting the host with DATA_DIR=TARGET.
import path from 'node:path';
import { backupDataDir } from '../cloudfunctions/adapters/local/backup';
import { SECRET_FILE } from '../cloudfunctions/host/secret';

async function main(): Promise<void> {
  const dataDir = path.resolve(process.env.DATA_DIR || './data');
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = path.resolve(process.argv[2] ?? path.join('backups', stamp));
  const started = Date.now();
  const { leads, files, bytes } = await backupDataDir(dataDir, target, [SECRET_FILE]);
  console.log(`备份完成：${target}`);
  console.log(
    `${leads} 条线索，${files} 个文件（${(bytes / 1024 / 1024).toFixed(1)} MB），用时 ${Date.now() - started} ms`,
  );
  console.log(`恢复：DATA_DIR=${target} npm run serve`);
}

main().catch((err: unknown) => {
  console.error('备份失败：', err instanceof Error ? err.message : err);
  process.exit(1);
});
