/**
 * Static hosts (GitHub Pages, `docusaurus serve`) answer every unknown URL with the
 * default locale's 404.html, so a reader who mistypes an English address would get a
 * Vietnamese page. These helpers send such a reader to the English 404 page and, once
 * there, put the address they typed back in the address bar.
 */

/**
 * Extensionless, because `docusaurus serve` answers `404.html?from=…` with a redirect
 * to `404` that drops the query; GitHub Pages serves `404.html` for either.
 */
export const NOT_FOUND_PAGE = '404';
export const FROM_PARAMETER = 'from';

/**
 * The 404 page of the locale whose base path the unknown address falls under, or null
 * when the address belongs to the locale already shown. Longest base path wins, so
 * `/en/` beats `/`.
 */
export function notFoundPageForPath(
  pathname: string,
  currentLocaleBaseUrl: string,
  localeBaseUrls: readonly string[],
): string | null {
  const owner = [...localeBaseUrls]
    .filter((base) => pathname.startsWith(base))
    .sort((a, b) => b.length - a.length)[0];
  if (!owner || owner === currentLocaleBaseUrl) {
    return null;
  }
  if (pathname === `${owner}${NOT_FOUND_PAGE}` || pathname === `${owner}${NOT_FOUND_PAGE}.html`) {
    return null;
  }
  return `${owner}${NOT_FOUND_PAGE}?${FROM_PARAMETER}=${encodeURIComponent(pathname)}`;
}

/**
 * The address to restore from `?from=`, accepted only if it is a path under this
 * locale's base path (never another origin or locale).
 */
export function addressToRestore(search: string, currentLocaleBaseUrl: string): string | null {
  const from = new URLSearchParams(search).get(FROM_PARAMETER);
  if (!from || !from.startsWith(currentLocaleBaseUrl) || from.startsWith('//')) {
    return null;
  }
  return from;
}
