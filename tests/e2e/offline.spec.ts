import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {BrowserContext, Page} from '@playwright/test';
import {BRAND_COLOR, SITE_IDENTITY} from '../../src/config/siteLayout.mjs';
import {expect, openPage, test, wcagViolations} from './fixtures';
import {options, searchBox, startSearching, UI} from './searchHelpers';
import {guidePages, LOCALES, type Locale} from './site';

// The other tests block the service worker (playwright.config.ts); these are about it.
test.use({serviceWorkers: 'allow'});

/** A phase page of each language, and a Vietnamese query typed without diacritics. */
const PHASE_DOC_ID = 'quy-trinh/danh-gia';
const QUERY: Readonly<Record<Locale, string>> = {
  vi: 'danh gia',
  // English pages name Vietnamese laws in Vietnamese: "Luật Trí tuệ nhân tạo".
  en: 'luat tri tue nhan tao',
};
const OTHER: Readonly<Record<Locale, Locale>> = {vi: 'en', en: 'vi'};
const phasePage = (locale: Locale) => guidePages(locale).find((p) => p.docId === PHASE_DOC_ID)!;

/** The reload popup's words in each language (src/theme/PwaReloadPopup). */
const POPUP = {
  vi: {info: 'Đã có phiên bản mới của cẩm nang.', reload: 'Tải lại', close: 'Đóng thông báo'},
  en: {
    info: 'A new version of the guide is available.',
    reload: 'Reload',
    close: 'Close this notice',
  },
} as const;

/**
 * The first visit: the home page, then waits until the service worker has kept every file
 * (`ready` resolves once it is installed and active) and reloads, so the page is controlled.
 */
async function firstVisit(page: Page, locale: Locale): Promise<void> {
  await openPage(page, UI[locale].home);
  const scriptURL = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.scriptURL ?? '';
  });
  // One service worker at the site's root for both languages, not /en/sw.js.
  expect(new URL(scriptURL).pathname).toBe('/sw.js');
  await page.reload();
  await page.locator('html[data-has-hydrated="true"]').waitFor();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null))
    .toBe(scriptURL);
}

/** Opens `url` with the whole page load, and checks the service worker answered it. */
async function openOffline(page: Page, url: string): Promise<void> {
  const response = await page.goto(url);
  expect(response?.ok(), `${url} did not load offline`).toBe(true);
  expect(response?.fromServiceWorker(), `${url} did not come from the offline copy`).toBe(true);
  await page.locator('html[data-has-hydrated="true"]').waitFor();
}

/**
 * Every request from now on that the offline copy did not answer (none should be, offline),
 * but handbook.json, which the service worker asks the network for first by design.
 */
function notFromOfflineCopy(context: BrowserContext): string[] {
  const missed: string[] = [];
  const isHandbook = (url: string) => new URL(url).pathname === '/handbook/handbook.json';
  context.on('requestfailed', (request) => {
    if (!isHandbook(request.url())) missed.push(`failed: ${request.url()}`);
  });
  context.on('requestfinished', (request) => {
    void request.response().then((response) => {
      if (response && !response.fromServiceWorker() && !isHandbook(request.url())) {
        missed.push(`from the network: ${request.url()}`);
      }
    });
  });
  return missed;
}

for (const locale of LOCALES) {
  test(`${locale}: after one visit, a phase page, search and the other language read offline`, async ({
    watchedPage: page,
    context,
  }) => {
    test.setTimeout(90_000);
    await firstVisit(page, locale);
    await context.setOffline(true);
    const missed = notFromOfflineCopy(context);

    const phase = phasePage(locale);
    await openOffline(page, phase.url);
    await expect(page.getByRole('heading', {level: 1, name: phase.title})).toBeVisible();

    // The search index and the search worker come from the offline copy too.
    await startSearching(page, locale);
    await searchBox(page).fill(QUERY[locale]);
    const firstResult = options(page).first();
    await expect(firstResult).toBeVisible({timeout: 15_000});
    await firstResult.click();
    await expect(page.getByRole('heading', {level: 1})).toBeVisible();
    await expect(page.locator('article mark').first()).toBeAttached();

    // The other language came with the same visit, through the same service worker.
    const other = phasePage(OTHER[locale]);
    await openOffline(page, other.url);
    await expect(page.getByRole('heading', {level: 1, name: other.title})).toBeVisible();

    // A page opened by its folder address, as the installed app starts.
    await openOffline(page, UI[OTHER[locale]].home);
    expect(missed, 'requests the offline copy did not answer').toEqual([]);
    await context.setOffline(false);
  });
}

test('the guide starts being kept offline only once the page has been loaded a few seconds', async ({
  watchedPage: page,
}) => {
  await openPage(page, UI.vi.home);
  await page.waitForFunction(() => document.readyState === 'complete');
  // Well inside the delay: nothing registered, nothing downloading while the reader starts.
  await page.waitForTimeout(1500);
  expect(
    await page.evaluate(async () => Boolean(await navigator.serviceWorker.getRegistration())),
    'a service worker was registered right after the load',
  ).toBe(false);
  // Then it is.
  const scriptURL = await page.evaluate(
    async () => (await navigator.serviceWorker.ready).active?.scriptURL ?? '',
  );
  expect(new URL(scriptURL).pathname).toBe('/sw.js');
});

test('the web app manifest is linked from both languages, valid, with icons that exist', async ({
  watchedPage: page,
  request,
}) => {
  const hrefs = new Set<string>();
  for (const locale of LOCALES) {
    await openPage(page, UI[locale].home);
    const links = page.locator('link[rel="manifest"]');
    await expect(links).toHaveCount(1);
    hrefs.add(new URL((await links.getAttribute('href'))!, page.url()).href);
  }
  // One app for the whole site, at its root: the same manifest from every page.
  expect([...hrefs]).toHaveLength(1);
  const manifestUrl = [...hrefs][0]!;
  expect(new URL(manifestUrl).pathname).toBe('/manifest.json');

  const response = await request.get(manifestUrl);
  expect(response.ok()).toBe(true);
  const manifest = JSON.parse(await response.text()) as {
    name: string;
    short_name: string;
    lang: string;
    start_url: string;
    scope: string;
    display: string;
    theme_color: string;
    icons: {src: string; sizes: string; type: string; purpose?: string}[];
  };
  expect(manifest.name).toBe(SITE_IDENTITY.vi.title);
  expect(manifest.lang).toBe('vi');
  expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  expect(manifest.display).toBe('standalone');
  expect(manifest.theme_color.toLowerCase()).toBe(BRAND_COLOR.toLowerCase());
  expect(new URL(manifest.start_url, manifestUrl).pathname).toBe('/');
  expect(new URL(manifest.scope, manifestUrl).pathname).toBe('/');

  const sizes = new Set<string>();
  for (const icon of manifest.icons) {
    const iconResponse = await request.get(new URL(icon.src, manifestUrl).href);
    expect(iconResponse.ok(), `${icon.src} is missing`).toBe(true);
    expect(iconResponse.headers()['content-type']).toBe(icon.type);
    const png = await iconResponse.body();
    // A PNG's width and height are the 4-byte numbers at offsets 16 and 20.
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
    if ((icon.purpose ?? 'any').includes('any')) sizes.add(icon.sizes);
  }
  expect([...sizes].sort()).toEqual(['192x192', '512x512']);
  expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);

  // The apple-touch-icon each page names exists too.
  for (const locale of LOCALES) {
    await openPage(page, UI[locale].home);
    const href = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
    const icon = await request.get(new URL(href!, page.url()).href);
    expect(icon.ok(), `${href} is missing`).toBe(true);
  }
});

test('the offline list holds both languages and their search indexes, not the PDFs', () => {
  const serviceWorker = readFileSync(join(process.cwd(), 'build', 'sw.js'), 'utf8');
  expect(serviceWorker.startsWith('self.__AI_COE_SITE_MANIFEST=[{'), 'no offline list').toBe(true);
  for (const file of [
    'index.html',
    'en/index.html',
    'quy-trinh/danh-gia',
    'en/quy-trinh/danh-gia',
    'search-index.json',
    'en/search-index.json',
    'manifest.json',
    'img/app-icon-192.png',
  ]) {
    expect(serviceWorker, file).toContain(`"url":"${file}"`);
  }
  expect(serviceWorker).not.toMatch(/"url":"[^"]*handbook\//);
  expect(serviceWorker).not.toMatch(/"url":"[^"]*\.pdf"/);
});

for (const locale of LOCALES) {
  test(`${locale}: a newer version shows a translated prompt to reload, reachable by keyboard`, async ({
    watchedPage: page,
  }) => {
    test.setTimeout(90_000);
    await firstVisit(page, locale);
    // The reader's copy becomes an older version: another service worker script for the
    // same registration, made active. The deployed sw.js is then newer, as after a deploy.
    // (Playwright cannot stand in for the server on the browser's own fetch of sw.js.)
    await page.evaluate(async () => {
      const current = navigator.serviceWorker.controller!.scriptURL;
      const params = JSON.parse(new URL(current).searchParams.get('params')!) as object;
      const older = new URL(current);
      older.searchParams.set('params', JSON.stringify({...params, version: 'older'}));
      const registration = await navigator.serviceWorker.register(older.href, {
        scope: new URL('./', current).href,
      });
      const worker = (registration.installing ?? registration.waiting)!;
      await new Promise<void>((resolve) => {
        if (worker.state === 'installed') resolve();
        worker.addEventListener('statechange', () => {
          if (worker.state === 'installed') resolve();
        });
      });
      const switched = new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, {once: true}),
      );
      // As a reader would, a moment later: Chrome ignores SKIP_WAITING sent the very instant
      // the worker is installed (and, in our runs, every one after it).
      await new Promise((resolve) => setTimeout(resolve, 500));
      worker.postMessage({type: 'SKIP_WAITING'});
      await switched;
    });
    // The next page load finds the deployed version, newer than the reader's.
    await page.reload();

    const popup = page.locator('#pwa-popup-container');
    await expect(popup.getByText(POPUP[locale].info)).toBeVisible();
    await expect(popup).toHaveAttribute('role', 'status');
    await expect(popup.getByRole('button', {name: POPUP[locale].close})).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);

    // The page's first Tab reaches it; Enter reloads into the new version.
    await page.keyboard.press('Tab');
    await expect(popup.getByRole('button', {name: POPUP[locale].reload})).toBeFocused();
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await page.locator('html[data-has-hydrated="true"]').waitFor();
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      const controller = navigator.serviceWorker.controller?.scriptURL ?? '';
      return {waiting: Boolean(registration?.waiting), deployed: !controller.includes('older')};
    });
    expect(state, 'the new version took over').toEqual({waiting: false, deployed: true});
    await expect(page.locator('#pwa-popup-container')).toHaveCount(0);
  });
}
