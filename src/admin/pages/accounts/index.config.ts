export default definePageConfig({
  navigationBarTitleText: '账号与单位',
  enablePullDownRefresh: true,
  backgroundColor: '#f5f6f7',
});
