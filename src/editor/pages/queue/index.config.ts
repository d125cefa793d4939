export default definePageConfig({
  navigationBarTitleText: '审核队列',
  enablePullDownRefresh: true,
  backgroundColor: '#f5f6f7',
});
