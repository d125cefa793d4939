export default definePageConfig({
  navigationBarTitleText: '统计看板',
  enablePullDownRefresh: true,
  backgroundColor: '#f5f6f7',
});
