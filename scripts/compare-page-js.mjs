#!/usr/bin/env node
// npm run compare-page-js -- --before <build folder> [--after build]: the JavaScript a fresh
// browser loads (gzip; the code it prefetches for linked pages apart) for every page of both sitemaps, in two builds
// served the same way in one run, so that a change's cost shows page by page. A measurement
// that reports, not a test: run it alone on the machine (flock /tmp/site.lock …).
//
// Typical use, to see what a branch adds over main:
//   git worktree add /tmp/main-tree main && (cd /tmp/main-tree && npm ci && npx docusaurus build --out-dir /tmp/build-main)
//   npm run build && npm run compare-page-js -- --before /tmp/build-main
import {readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {chromium} from '@playwright/test';
import {CHROMIUM_ARGS, findChromium} from './lib/chromium.mjs';
import {javascriptBytes, serve} from './lib/pageWeight.mjs';

const {values: options} = parseArgs({
  options: {
    before: {type: 'string'},
    after: {type: 'string', default: 'build'},
    port: {type: 'string', default: process.env.COMPARE_PORT ?? '3321'},
  },
});
if (!options.before) {
  console.error('Give the build to compare against: --before <folder>');
  process.exit(2);
}
const builds = {before: resolve(options.before), after: resolve(options.after)};
const ports = {before: Number(options.port), after: Number(options.port) + 1};

/** Every page of the build's sitemaps (both languages), as paths on its server. */
function sitemapPaths(folder) {
  return ['sitemap.xml', 'en/sitemap.xml'].flatMap((file) =>
    [...readFileSync(join(folder, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      ([, url]) => new URL(url).pathname.replace(/\/$/, '') || '/',
    ),
  );
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

const paths = [...new Set(sitemapPaths(builds.after))].sort();
const known = new Set(sitemapPaths(builds.before));
const servers = [await serve(builds.before, ports.before), await serve(builds.after, ports.after)];
const browser = await chromium.launch({executablePath: findChromium(), args: CHROMIUM_ARGS});
const rows = [];
try {
  for (const path of paths) {
    const after = await javascriptBytes(browser, `http://127.0.0.1:${ports.after}${path}`);
    const before = known.has(path)
      ? await javascriptBytes(browser, `http://127.0.0.1:${ports.before}${path}`)
      : null;
    rows.push({path, before, after});
  }
} finally {
  await browser.close();
  for (const server of servers) server.close();
}

// Every page is listed: a build that adds pages also adds a few bytes to the route table all
// pages load, so "unchanged" is read from the size of the change, not from its absence.
const sortedByChange = [...rows].sort(
  (a, b) =>
    (b.before ? b.after.bytes - b.before.bytes : Infinity) -
    (a.before ? a.after.bytes - a.before.bytes : Infinity),
);
console.log('| Page | Before | After | Change | Prefetched before | Prefetched after |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const row of sortedByChange) {
  const before = row.before ? kb(row.before.bytes) : 'new page';
  const change = row.before ? kb(row.after.bytes - row.before.bytes) : '';
  const prefetchedBefore = row.before ? kb(row.before.prefetchBytes) : '';
  console.log(
    `| ${row.path} | ${before} | ${kb(row.after.bytes)} | ${change} | ${prefetchedBefore} | ${kb(row.after.prefetchBytes)} |`,
  );
}
const prefetchChange = rows
  .filter((row) => row.before)
  .reduce((sum, row) => sum + row.after.prefetchBytes - row.before.prefetchBytes, 0);
const existing = rows.filter((row) => row.before);
const identical = existing.filter((row) => row.after.bytes === row.before.bytes);
console.log(
  `\n${rows.length} pages measured; ${identical.length} of the ${existing.length} pages in both builds load exactly the same number of bytes of JavaScript (the list above is sorted by change); ${rows.length - existing.length} new. Prefetched code of linked pages, summed over the pages in both builds: ${kb(prefetchChange)} more after than before.`,
);
