// Database and storage round trips each action may make on WeChat (counted on the double by budgets.test.ts and
// listed in docs/wechat.md). A round trip costs tens of milliseconds in the cloud; the default timeout is 3 s.
export const ROUND_TRIP_BUDGETS: Record<string, number> = {
  'accounts.me': 3,
  'accounts.bind': 10,
  'accounts.invite': 3,
  'accounts.list': 3,
  'leads.submit': 10,
  'leads.mine': 5,
  'leads.get': 5,
  'leads.queue': 5,
  'leads.counts': 7,
  'leads.review': 10,
  'leads.review (merge)': 11,
  'leads.highlight': 11,
  'leads.reviewMany (50 leads)': 402,
  'articles.create': 15,
  'articles.addPublication': 13,
  'accounts.exportPersonalData (61 leads)': 10,
  'accounts.erasePersonalData (61 leads)': 10,
};

/**
 * At most this many requests of one reviewMany are under way at once: 10 leads per batch (core/leads/bulk.ts), each
 * building its answer with up to 3 reads in parallel.
 */
export const REVIEW_MANY_PEAK = 30;
