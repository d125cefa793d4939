export default definePageConfig({
  navigationBarTitleText: '草稿箱',
});
