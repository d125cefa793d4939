export default definePageConfig({
  navigationBarTitleText: '登录乡讯',
});
