// H5 only. Taro's router loads a page's code asynchronously; when the browser goes back while that code is still
// loading, the page arrives afterwards and is drawn over the one the address now names (NervJS/taro#14656): the
// address says 首页 while 报线索 is on the screen, and the back arrow leads out of the app. When the page on top is
// not the one in the address, the app reloads at that address (the session and every draft are in storage).

/** The page path in a Taro page path or a hash address: '/reporter/pages/lead-form/index?draft=x' → that path. */
export function pagePath(pathOrHash: string): string {
  const path = pathOrHash.replace(/^#/, '').split('?')[0];
  return path.startsWith('/') ? path : `/${path}`;
}

/** True when the address names a page and the page on top is another one. */
export function routeOutOfStep(topPagePath: string | undefined, locationHash: string): boolean {
  if (!topPagePath || !locationHash || locationHash === '#' || locationHash === '#/') return false;
  return pagePath(topPagePath) !== pagePath(locationHash);
}
