export default definePageConfig({
  navigationBarTitleText: '我的线索',
  enablePullDownRefresh: true,
  backgroundColor: '#f5f6f7',
});
