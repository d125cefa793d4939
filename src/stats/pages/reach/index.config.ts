export default definePageConfig({
  navigationBarTitleText: '新媒体月报',
  backgroundColor: '#f5f6f7',
});
