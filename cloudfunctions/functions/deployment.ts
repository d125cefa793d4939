// How each cloud function is deployed on WeChat: timeout, memory and the open APIs it may call. Read by the
// function build (config.json of each bundle), by wxMain (the time left for notifications) and by docs/wechat.md.
// WeChat's default timeout is 3 s and memory 256 MB (云函数配置: developers.weixin.qq.com/miniprogram/dev/wxcloud/
// guide/functions/config.html — verified against the documentation only; recheck in the console after a deploy).

import { RETENTION_TRIGGER } from '../core/leads/retention';

export interface FunctionDeployment {
  timeoutSeconds: number;
  memoryMB: 128 | 256 | 512 | 1024;
  /** config.json `permissions.openapi`: the cloud calls the function makes (developers.weixin.qq.com/miniprogram/dev/
   * wxcloud/guide/openapi/openapi.html). */
  openapi: string[];
  /** config.json `triggers`: timers (7-field cron, developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/functions/
   * triggers.html). */
  triggers?: { name: string; type: 'timer'; config: string }[];
}

/** The runtime the bundles are built for (esbuild target) and that the deploy asks for. */
export const NODE_RUNTIME = { name: 'Nodejs16.13', esbuildTarget: 'node16' } as const;

/** Used when a function is not listed: WeChat's defaults, which the build prints as such. */
export const DEFAULT_DEPLOYMENT: FunctionDeployment = { timeoutSeconds: 3, memoryMB: 256, openapi: [] };

export const DEPLOYMENT: Record<string, FunctionDeployment> = {
  // me/bind/units: a few reads; bind checks the name with msgSecCheck.
  accounts: { timeoutSeconds: 10, memoryMB: 256, openapi: ['security.msgSecCheck'] },
  // reviewMany decides up to 50 leads in batches (docs/wechat.md: round trips per action). Also the target of the
  // wxa_media_check push, and its timer purges expired leads daily at 03:00 (paged: a run cut short resumes).
  leads: {
    timeoutSeconds: 20,
    memoryMB: 256,
    openapi: ['security.msgSecCheck', 'security.mediaCheckAsync', 'subscribeMessage.send'],
    triggers: [{ name: RETENTION_TRIGGER, type: 'timer', config: '0 0 3 * * * *' }],
  },
  // create/save check the title and body with msgSecCheck.
  articles: { timeoutSeconds: 10, memoryMB: 256, openapi: ['security.msgSecCheck', 'subscribeMessage.send'] },
  // Year summaries and Word/Excel exports of a whole township.
  stats: { timeoutSeconds: 60, memoryMB: 1024, openapi: [] },
  // Trainings are activities of kind 业务培训: the same saves and pages.
  trainings: { timeoutSeconds: 10, memoryMB: 256, openapi: [] },
  // The activity ledger: a save checks units, sections and attendees; a list reads one page.
  activities: { timeoutSeconds: 10, memoryMB: 256, openapi: [] },
  workPlan: { timeoutSeconds: 10, memoryMB: 256, openapi: [] },
  // Reporters enter their unit's monthly reach; a month is at most four documents.
  platforms: { timeoutSeconds: 10, memoryMB: 256, openapi: [] },
  // Run once from the console (adapters/wx/setupMain.ts).
  setup: { timeoutSeconds: 20, memoryMB: 128, openapi: [] },
};

export function deploymentOf(name: string): FunctionDeployment {
  return DEPLOYMENT[name] ?? DEFAULT_DEPLOYMENT;
}

/** The config.json WeChat reads next to a function's index.js. */
export function functionConfig(name: string): Record<string, unknown> {
  const d = deploymentOf(name);
  return {
    permissions: { openapi: d.openapi },
    timeout: d.timeoutSeconds,
    memorySize: d.memoryMB,
    runtime: NODE_RUNTIME.name,
    ...(d.triggers ? { triggers: d.triggers } : {}),
  };
}
