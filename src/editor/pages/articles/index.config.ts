export default definePageConfig({
  navigationBarTitleText: '稿件',
  enablePullDownRefresh: true,
  backgroundColor: '#f5f6f7',
});
