// The map of the app: main pages first, then one subpackage per role.
export default defineAppConfig({
  pages: ['pages/index/index', 'pages/login/index'],
  subPackages: [
    {
      root: 'reporter',
      pages: ['pages/lead-form/index', 'pages/mine/index', 'pages/lead/index'],
    },
    {
      root: 'editor',
      pages: ['pages/queue/index', 'pages/review/index'],
    },
  ],
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#f5f6f7',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '乡讯',
    navigationBarTextStyle: 'black',
  },
});
