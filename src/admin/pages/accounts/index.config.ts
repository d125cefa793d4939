export default definePageConfig({
  navigationBarTitleText: '账号与单位',
  enablePullDownRefresh: true,
  // The invite panel's 分享 sends the code in a WeChat message.
  enableShareAppMessage: true,
  backgroundColor: '#f5f6f7',
});
