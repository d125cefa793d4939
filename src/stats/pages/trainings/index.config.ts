export default definePageConfig({
  navigationBarTitleText: '培训',
  enablePullDownRefresh: true,
  backgroundColor: '#f5f6f7',
});
