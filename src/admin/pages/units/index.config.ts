export default definePageConfig({
  navigationBarTitleText: '单位与宣传平台',
  backgroundColor: '#f5f6f7',
});
