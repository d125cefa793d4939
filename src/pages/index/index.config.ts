export default definePageConfig({
  navigationBarTitleText: '乡讯',
});
