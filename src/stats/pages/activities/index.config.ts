export default definePageConfig({
  navigationBarTitleText: '活动台账',
  enablePullDownRefresh: true,
  backgroundColor: '#f5f6f7',
});
