import { pagePath, routeOutOfStep } from './routeInStep';

it('reads the page path from a Taro page path and from a hash address', () => {
  expect(pagePath('/reporter/pages/lead-form/index?stamp=AE')).toBe('/reporter/pages/lead-form/index');
  expect(pagePath('#/reporter/pages/lead-form/index?draft=a%2Fb')).toBe('/reporter/pages/lead-form/index');
  expect(pagePath('pages/index/index')).toBe('/pages/index/index');
});

it('is out of step only when the address names another page than the one on top', () => {
  expect(routeOutOfStep('/reporter/pages/lead-form/index?stamp=AE', '#/pages/index/index')).toBe(true);
  expect(routeOutOfStep('/pages/index/index?stamp=AD', '#/pages/index/index')).toBe(false);
  expect(routeOutOfStep('/reporter/pages/lead/index?stamp=B', '#/reporter/pages/lead/index?id=7')).toBe(false);
  // No address yet (the router is about to put the home page there), or no page yet: nothing to compare.
  expect(routeOutOfStep('/pages/index/index', '')).toBe(false);
  expect(routeOutOfStep('/pages/index/index', '#/')).toBe(false);
  expect(routeOutOfStep(undefined, '#/pages/index/index')).toBe(false);
});
