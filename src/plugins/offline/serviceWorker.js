// Runs inside the service worker that @docusaurus/plugin-pwa builds (its `swCustom` option,
// see docusaurus.config.ts); plugin-pwa transpiles and bundles it. One service worker at the
// site's root serves both languages (registerServiceWorker.tsx registers it from every page).
//
// - Install: keeps every file of the list the offline plugin (index.ts) sets as
//   `self.__AI_COE_SITE_MANIFEST` at the top of sw.js once both languages are built: every
//   page under the address a reader opens, the scripts, styles, images, both search indexes.
// - Fetch: answers from that copy when it holds the address asked for (the page a reader
//   opens, with or without `/index.html`; search and hash ignored), else lets the request
//   through; handbook/handbook.json goes to the network first and falls back to its last copy.
// - Activate: drops files the new list no longer holds and takes charge of open pages, so
//   the first visit already reads offline.
//
// plugin-pwa's own list is left empty (docusaurus.config.ts); it still handles the reload
// popup's SKIP_WAITING message.
import {PrecacheController} from 'workbox-precaching';

/** The PDF handbooks' details, written after the site is built (see HandbookDownload). */
const HANDBOOK_MANIFEST = 'handbook/handbook.json';

/** @param {{offlineMode: boolean}} params from the registration's URL */
export default function offlineSite({offlineMode}) {
  const scope = self.registration.scope;
  // Caches belong to the origin: the scope keeps two sites on one origin (forks on GitHub
  // Pages) from clearing each other's copies.
  const precache = new PrecacheController({cacheName: `ai-coe-offline ${scope}`});
  const runtimeCacheName = `ai-coe-runtime ${scope}`;
  const handbookManifest = new URL(HANDBOOK_MANIFEST, scope).href;
  if (offlineMode) {
    precache.addToCacheList(self.__AI_COE_SITE_MANIFEST || []);
  }

  self.addEventListener('install', (event) => {
    if (offlineMode) {
      event.waitUntil(Promise.all([precache.install(event), keepHandbookManifest()]));
    }
  });

  self.addEventListener('activate', (event) => {
    event.waitUntil(
      Promise.all([
        offlineMode
          ? precache.activate(event)
          : Promise.all([
              caches.delete(precache.strategy.cacheName),
              caches.delete(runtimeCacheName),
            ]),
        self.clients.claim(),
      ]),
    );
  });

  self.addEventListener('fetch', (event) => {
    const {request} = event;
    if (request.method !== 'GET') return;
    const url = new URL(request.url);
    if (url.origin !== self.location.origin) return;
    url.search = '';
    url.hash = '';
    if (url.href === handbookManifest) {
      event.respondWith(networkFirst(request));
      return;
    }
    if (!offlineMode) return;
    const addresses = url.href.endsWith('/')
      ? [url.href, `${url.href}index.html`]
      : [url.href, `${url.href}/index.html`];
    for (const address of addresses) {
      const cacheKey = precache.getCacheKeyForURL(address);
      if (cacheKey) {
        event.respondWith(fromPrecache(cacheKey, request));
        return;
      }
    }
  });

  /** The kept copy, or the network if the copy went missing (storage cleared by the browser). */
  async function fromPrecache(cacheKey, request) {
    const cache = await caches.open(precache.strategy.cacheName);
    return (await cache.match(cacheKey)) || fetch(request);
  }

  async function networkFirst(request) {
    const cache = await caches.open(runtimeCacheName);
    try {
      const response = await fetch(request);
      if (response.ok) await cache.put(handbookManifest, response.clone());
      return response;
    } catch (error) {
      const copy = await cache.match(handbookManifest);
      if (copy) return copy;
      throw error;
    }
  }

  /** A first copy of handbook.json, so the download links show their details offline too. */
  async function keepHandbookManifest() {
    try {
      const cache = await caches.open(runtimeCacheName);
      await cache.add(handbookManifest);
    } catch {
      // Not built yet, or the network dropped: the links then show without their details.
    }
  }
}
