// Deployment settings compiled into the app.

/** Replaced at build time from WX_ENV_ID (config/index.ts); absent in tests and on H5. */
declare const XIANGXUN_CLOUD_ENV: string | undefined;

/** WeChat cloud development environment the mini-program talks to (云开发控制台 → 设置 → 环境 ID). */
export const CLOUD_ENV: string =
  typeof XIANGXUN_CLOUD_ENV === 'string' && XIANGXUN_CLOUD_ENV !== '' ? XIANGXUN_CLOUD_ENV : 'xiangxun-prod';
