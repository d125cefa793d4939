export default definePageConfig({
  navigationBarTitleText: '考核办法',
  backgroundColor: '#f5f6f7',
});
