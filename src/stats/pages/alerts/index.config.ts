export default definePageConfig({
  navigationBarTitleText: '预警',
  enablePullDownRefresh: true,
  backgroundColor: '#f5f6f7',
});
