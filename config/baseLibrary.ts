// The lowest WeChat base library (基础库) the app runs on, from the Taro APIs it calls. Each figure is the version the
// API's page on developers.weixin.qq.com/miniprogram/dev/api/ gives under "基础库 … 开始支持" (checked against the
// documentation only). tests/wx/weapp.test.ts fails when src calls an API missing here, or when project.config.json's
// libVersion is below the highest figure.
export const API_MIN_VERSION: Record<string, string> = {
  // Privacy authorisation (required since 2023-09-15 for the album, camera and location): the binding minimum.
  getPrivacySetting: '2.32.3',
  requirePrivacyAuthorize: '2.32.3',
  setClipboardData: '1.1.0',
  openPrivacyContract: '2.32.3',
  getWindowInfo: '2.20.1',
  chooseMedia: '2.10.0',
  chooseMessageFile: '2.5.0', // an admin's Excel import picked from a chat
  shareFileMessage: '2.16.1', // a personal-data export handed to a chat
  hideHomeButton: '2.8.3', // the login page, reached by reLaunch, has no home to go to
  createOffscreenCanvas: '2.16.1', // type: '2d' (the charts' canvas adapter)
  requestSubscribeMessage: '2.4.4',
  onWindowResize: '2.3.0',
  offWindowResize: '2.3.0',
  cloud: '2.2.3',
  onAppShow: '2.1.2',
  compressImage: '2.0.0',
  getFileSystemManager: '1.9.9',
  FileSystemManager: '1.9.9',
  createSelectorQuery: '1.4.0',
  pageScrollTo: '1.4.0',
  reLaunch: '1.1.0',
  onNetworkStatusChange: '1.1.0',
  // Available since the first base library.
  navigateTo: '1.0.0',
  navigateBack: '1.0.0',
  redirectTo: '1.0.0',
  showToast: '1.0.0',
  showModal: '1.0.0',
  setStorageSync: '1.0.0',
  getStorageSync: '1.0.0',
  removeStorageSync: '1.0.0',
  stopPullDownRefresh: '1.0.0',
  previewImage: '1.0.0',
  canvasToTempFilePath: '1.0.0',
  setNavigationBarTitle: '1.0.0',
  getSystemInfoSync: '1.0.0',
  getNetworkType: '1.0.0',
  getImageInfo: '1.0.0',
  getCurrentPages: '1.0.0',
  downloadFile: '1.0.0',
  openDocument: '1.0.0',
  // Taro's own, not a WeChat API.
  nextTick: '1.0.0',
  // wx.env.USER_DATA_PATH, the app's own file folder.
  env: '1.0.0',
};

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function requiredBaseLibrary(): string {
  return Object.values(API_MIN_VERSION).reduce((max, v) => (compareVersions(v, max) > 0 ? v : max), '1.0.0');
}
