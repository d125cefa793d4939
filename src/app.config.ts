// The map of the app: main pages first, then one subpackage per role.
export default defineAppConfig({
  pages: ['pages/index/index', 'pages/login/index'],
  subPackages: [
    {
      root: 'reporter',
      pages: [
        'pages/lead-form/index',
        'pages/mine/index',
        'pages/lead/index',
        'pages/outbox/index',
        'pages/drafts/index',
        'pages/notices/index',
      ],
    },
    {
      root: 'editor',
      pages: [
        'pages/queue/index',
        'pages/review/index',
        'pages/articles/index',
        'pages/article/index',
        'pages/article-edit/index',
      ],
    },
    {
      root: 'admin',
      pages: ['pages/accounts/index', 'pages/units/index', 'pages/township/index'],
    },
    {
      root: 'stats',
      pages: [
        'pages/dashboard/index',
        'pages/ranking/index',
        'pages/alerts/index',
        'pages/summary/index',
        'pages/trainings/index',
        'pages/activities/index',
        'pages/workplan/index',
        'pages/rules/index',
        'pages/reach/index',
      ],
    },
  ],
  // Album and camera need the user's agreement to the privacy guide first (login page). No location API is used:
  // the place is typed, so nothing goes into requiredPrivateInfos.
  __usePrivacyCheck__: true,
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#f5f6f7',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '乡讯',
    navigationBarTextStyle: 'black',
    // WeChat draws this bar itself. On H5, 'default' turns on Taro's own bar: each page's navigationBarTitleText as
    // its title (and document.title), a back arrow on every page above the first, a home icon on a page opened
    // directly; tab roots (home) get neither.
    navigationStyle: 'default',
  },
});
