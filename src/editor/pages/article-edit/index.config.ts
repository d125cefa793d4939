export default definePageConfig({
  navigationBarTitleText: '写稿',
  backgroundColor: '#f5f6f7',
});
