export default definePageConfig({
  navigationBarTitleText: '报线索',
});
