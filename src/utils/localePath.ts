/**
 * The address of the same page in another locale: `path`, a page's canonical path under
 * the current locale's base URL (a doc's permalink, e.g. `/en/quy-trinh/chuan-bi`), moved
 * under the other locale's base URL (`/quy-trinh/chuan-bi`). Every locale serves a page at
 * the same path below its own base URL. A path outside the current base URL, which a page
 * never has, leads to the other locale's home page rather than to a made-up address.
 */
export function pathInLocale(path: string, currentBaseUrl: string, targetBaseUrl: string): string {
  if (path.startsWith(currentBaseUrl)) {
    return `${targetBaseUrl}${path.slice(currentBaseUrl.length)}`;
  }
  return targetBaseUrl;
}
