export default definePageConfig({
  navigationBarTitleText: '工作要点',
  enablePullDownRefresh: true,
  backgroundColor: '#f5f6f7',
});
