export default definePageConfig({
  navigationBarTitleText: '镇设置',
  backgroundColor: '#f5f6f7',
});
