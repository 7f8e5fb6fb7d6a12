import {existsSync} from 'node:fs';
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {getManifest} from 'workbox-build';
import {
  isLastLocaleBuilt,
  MAXIMUM_PRECACHED_FILE_BYTES,
  PRECACHE_GLOB_IGNORES,
  PRECACHE_GLOB_PATTERNS,
  SITE_MANIFEST_GLOBAL,
  siteManifestLine,
  siteOutDir,
  toReaderUrls,
} from './precache';

export interface OfflinePluginOptions {
  /**
   * Files another plugin writes into each language's output folder during postBuild, which
   * plugins run side by side, that the offline list must hold: waited for until complete.
   */
  readonly awaitFiles: readonly string[];
  /** The JSON file, relative to the site's base URL, written as `{}` when the build has none. */
  readonly handbookManifest: string;
}

/** How long postBuild waits for another plugin's file before failing the build. */
const AWAIT_TIMEOUT_MS = 120_000;

/**
 * The guide as an installable app that reads offline, in both languages, around
 * @docusaurus/plugin-pwa (which builds the service worker, registers nothing by itself here,
 * and shows its reload popup; see docusaurus.config.ts):
 *
 * - every page of both languages links the one web app manifest at the site's root;
 * - once every language is built, the root service worker gets the list of every page,
 *   script, style, image and search index of both languages (plugin-pwa lists only the
 *   language being built, and Docusaurus builds one at a time), written at its top;
 * - the site's root gets an empty handbook.json until the PDF handbooks are built after the
 *   site, so the download links never ask for a missing file (a 404 is a console error).
 */
export default function offlinePlugin(context: LoadContext, options: OfflinePluginOptions): Plugin {
  const {i18n} = context;
  const siteBaseUrl = i18n.localeConfigs[i18n.defaultLocale]?.baseUrl ?? context.baseUrl;

  return {
    name: 'offline',

    injectHtmlTags() {
      return {
        headTags: [
          {tagName: 'link', attributes: {rel: 'manifest', href: `${siteBaseUrl}manifest.json`}},
        ],
      };
    },

    async postBuild({outDir}) {
      const siteDir = siteOutDir(outDir, context.baseUrl, siteBaseUrl, join);
      if (i18n.currentLocale === i18n.defaultLocale) {
        await writePlaceholder(join(siteDir, options.handbookManifest));
      }
      if (!isLastLocaleBuilt(i18n)) return;

      await Promise.all(options.awaitFiles.map((file) => completeJson(join(outDir, file))));
      const serviceWorker = join(siteDir, 'sw.js');
      // With a single language, plugin-pwa writes this same file side by side with this step:
      // ready once it has put its own (empty) list in.
      let source = '';
      await waitUntil(async () => {
        source = existsSync(serviceWorker) ? await readFile(serviceWorker, 'utf8') : '';
        return source !== '' && !source.includes('self.__WB_MANIFEST');
      }, `${serviceWorker} from plugin-pwa`);
      const {manifestEntries, count, size, warnings} = await getManifest({
        globDirectory: siteDir,
        globPatterns: [...PRECACHE_GLOB_PATTERNS],
        globIgnores: [...PRECACHE_GLOB_IGNORES],
        manifestTransforms: [toReaderUrls],
        maximumFileSizeToCacheInBytes: MAXIMUM_PRECACHED_FILE_BYTES,
      });
      if (warnings.length > 0) {
        throw new Error(`[offline] The offline list is incomplete:\n${warnings.join('\n')}`);
      }
      if (source.startsWith(`self.${SITE_MANIFEST_GLOBAL}=`)) {
        source = source.slice(source.indexOf('\n') + 1);
      }
      await writeFile(serviceWorker, siteManifestLine(manifestEntries) + source);
      console.log(
        `[offline] The service worker keeps ${count} files (${(size / 1024 / 1024).toFixed(1)} MiB) of every language for reading offline.`,
      );
    },
  };
}

async function writePlaceholder(file: string): Promise<void> {
  if (existsSync(file)) return;
  await mkdir(join(file, '..'), {recursive: true});
  await writeFile(file, '{}\n');
}

/** Waits until `file` exists and holds complete JSON (plugins write files in one go or not). */
async function completeJson(file: string): Promise<void> {
  await waitUntil(async () => {
    try {
      JSON.parse(await readFile(file, 'utf8'));
      return true;
    } catch {
      return false;
    }
  }, file);
}

async function waitUntil(ready: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + AWAIT_TIMEOUT_MS;
  while (!(await ready())) {
    if (Date.now() > deadline) {
      throw new Error(`[offline] Gave up waiting for ${what} after ${AWAIT_TIMEOUT_MS / 1000} s.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
