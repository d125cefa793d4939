export default definePageConfig({
  navigationBarTitleText: '审核线索',
});
