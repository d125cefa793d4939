// Deployment settings compiled into the app.

/** WeChat cloud development environment the mini-program talks to (WeChat DevTools → 云开发 → 环境 ID). */
export const CLOUD_ENV = 'xiangxun-prod';
