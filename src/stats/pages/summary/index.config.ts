export default definePageConfig({
  navigationBarTitleText: '年度总结',
  backgroundColor: '#f5f6f7',
});
