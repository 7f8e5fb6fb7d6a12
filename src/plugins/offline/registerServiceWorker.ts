/// <reference types="@docusaurus/plugin-pwa" />
// Registers the site's one service worker (the root sw.js, see serviceWorker.js) from every
// page of every language, and offers to reload when a newer version of the guide is ready.
// It takes the place of plugin-pwa's own registration (its `swRegister` option), which
// registers each language's own service worker (/en/sw.js for English), so a reader who
// starts in English would not get the Vietnamese pages offline.
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import i18n from '@generated/i18n';

/** plugin-pwa's `offlineModeActivationStrategies` option, which it sets for client code. */
const STRATEGIES = process.env
  .PWA_OFFLINE_MODE_ACTIVATION_STRATEGIES as unknown as readonly string[];

/** The same tests as plugin-pwa's registration ("appInstalled" counts as "standalone"). */
const STRATEGY_ACTIVE: Readonly<Record<string, () => boolean>> = {
  always: () => true,
  standalone: () => window.matchMedia('(display-mode: standalone)').matches,
  appInstalled: () => window.matchMedia('(display-mode: standalone)').matches,
  mobile: () => window.innerWidth <= 996,
  saveData: () => Boolean((navigator as {connection?: {saveData?: boolean}}).connection?.saveData),
  queryString: () => new URLSearchParams(window.location.search).get('offlineMode') === 'true',
};

/** A reader who keeps the guide open for days still hears of a new version, checked hourly. */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

async function registerServiceWorker(): Promise<void> {
  const siteBaseUrl = i18n.localeConfigs[i18n.defaultLocale]?.baseUrl ?? '/';
  const offlineMode = STRATEGIES.some((strategy) => STRATEGY_ACTIVE[strategy]?.() ?? false);
  // plugin-pwa's service worker reads its settings from the address.
  const params = encodeURIComponent(JSON.stringify({offlineMode, debug: false}));
  const registration = await navigator.serviceWorker.register(
    `${siteBaseUrl}sw.js?params=${params}`,
    {scope: siteBaseUrl},
  );
  // Some test browsers stand in for register() with a function that registers nothing.
  if (!registration) return;

  const waitingWhileControlled = (worker: ServiceWorker | null): void => {
    // Without a controller this is the first install: nothing older to replace.
    if (worker && navigator.serviceWorker.controller) void offerReload(registration);
  };
  waitingWhileControlled(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') waitingWhileControlled(worker);
    });
  });

  let lastCheck = Date.now();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || !navigator.onLine) return;
    if (Date.now() - lastCheck < UPDATE_CHECK_INTERVAL_MS) return;
    lastCheck = Date.now();
    registration.update().catch(() => undefined);
  });
}

let offered = false;

/**
 * Shows plugin-pwa's own popup ("New version available", "Refresh", translated through the
 * theme's translations), rendered by plugin-pwa into #pwa-popup-container. The container is
 * made here first: first in the page, so a keyboard reader reaches the popup with one Tab,
 * and a polite live region, so screen readers announce it.
 */
async function offerReload(registration: ServiceWorkerRegistration): Promise<void> {
  if (offered) return;
  offered = true;
  const container = document.createElement('div');
  container.id = 'pwa-popup-container';
  container.setAttribute('role', 'status');
  document.body.prepend(container);
  const {renderReloadPopup} = await import('@docusaurus/plugin-pwa/lib/renderReloadPopup.js');
  await renderReloadPopup({
    onReload() {
      // The version waiting now: a still newer one may have replaced the one first offered,
      // and another tab may already have switched to it.
      const waiting = registration.waiting;
      if (!waiting) {
        window.location.reload();
        return;
      }
      navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
        once: true,
      });
      waiting.postMessage({type: 'SKIP_WAITING'});
    },
  });
}

/**
 * How long after the page has loaded the guide starts being kept offline. Keeping it means
 * downloading about 150 files (7.5 MiB); started at once, on a phone that is the moment the
 * reader begins to read, scroll and tap, and on a two-core machine Lighthouse counted the
 * download's work against the page's start-up.
 */
export const OFFLINE_START_DELAY_MS = 5000;

if (ExecutionEnvironment.canUseDOM && 'serviceWorker' in navigator) {
  const start = (): void => {
    registerServiceWorker().catch((error: unknown) => {
      // Offline, the browser cannot fetch sw.js to check for a new version: not an error.
      if (navigator.onLine) console.warn('The offline copy of the guide is unavailable:', error);
    });
  };
  // Then at the browser's next idle moment (at most 5 s later), never in the middle of a task.
  const startSoon = (): void => {
    window.setTimeout(() => {
      if ('requestIdleCallback' in window) window.requestIdleCallback(start, {timeout: 5000});
      else start();
    }, OFFLINE_START_DELAY_MS);
  };
  if (document.readyState === 'complete') startSoon();
  else window.addEventListener('load', startSoon, {once: true});
}
