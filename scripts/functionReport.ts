// What `npm run build:functions` prints per bundle: size, timeout, memory and open-API permissions, so a deploy
// shows at a glance what WeChat will be asked for.
import { deploymentOf } from '../cloudfunctions/functions/deployment';

export interface BundleInfo {
  name: string;
  bytes: number;
}

export function functionReportLines(bundles: BundleInfo[], maxBytes: number): string[] {
  const header = `${'云函数'.padEnd(10)} ${'大小'.padStart(9)}  超时  内存     开放接口权限`;
  return [
    header,
    ...bundles.map((b) => {
      const d = deploymentOf(b.name);
      const size = `${(b.bytes / 1024).toFixed(1)} KB`.padStart(11);
      const over = b.bytes > maxBytes ? '  超过上限！' : '';
      const limits = `${String(d.timeoutSeconds).padStart(2)} s  ${String(d.memoryMB).padStart(4)} MB`;
      return `${b.name.padEnd(12)} ${size}  ${limits}  ${d.openapi.join(', ') || '无'}${over}`;
    }),
  ];
}
