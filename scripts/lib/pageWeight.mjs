// Page weight as a reader's browser sees it: a static server that serves a build folder the
// way a static host does (gzip), and the JavaScript a fresh browser fetches for a page. Shared
// by the benchmark against the stock site and the before/after comparison of two builds.
import {existsSync, readFileSync, statSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, normalize} from 'node:path';
import {gzipSync} from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt']);

/**
 * A static server for a build folder as a static host serves it: `/a/b` is `a/b.html` or
 * `a/b/index.html`, text is gzip-compressed (level 6, the usual default) when the browser
 * accepts it, and an unknown path gets the 404 page.
 */
export function serve(folder, port) {
  const gzipped = new Map();
  const find = (pathname) => {
    const base = normalize(join(folder, decodeURIComponent(pathname)));
    if (!base.startsWith(folder)) {
      return null;
    }
    for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
      if (existsSync(candidate) && statSync(candidate).isFile()) {
        return candidate;
      }
    }
    return null;
  };
  const server = createServer((request, response) => {
    const {pathname} = new URL(request.url ?? '/', 'http://localhost');
    const file = find(pathname);
    const status = file ? 200 : 404;
    const path = file ?? join(folder, '404.html');
    const type = extname(path);
    let body = readFileSync(path);
    const headers = {
      'content-type': TYPES[type] ?? 'application/octet-stream',
      vary: 'accept-encoding',
    };
    if (COMPRESSED.has(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      if (!gzipped.has(path)) {
        gzipped.set(path, gzipSync(body, {level: 6}));
      }
      body = gzipped.get(path);
      headers['content-encoding'] = 'gzip';
    }
    response.writeHead(status, {...headers, 'content-length': body.length});
    response.end(body);
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

/**
 * The JavaScript a fresh browser fetches for `url` until the network is quiet, bytes on the
 * wire: `bytes` for the scripts the page loads, `prefetchBytes` for the code of linked pages
 * Docusaurus prefetches (`<link rel=prefetch>`, which Chromium reports as type "other").
 */
export async function javascriptBytes(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts = [];
  const prefetched = [];
  page.on('requestfinished', (request) => {
    const size = () => request.sizes().then((sizes) => sizes.responseBodySize);
    if (request.resourceType() === 'script') {
      scripts.push(size());
    } else if (
      request.resourceType() === 'other' &&
      /\.js$/.test(new URL(request.url()).pathname)
    ) {
      prefetched.push(size());
    }
  });
  await page.goto(url, {waitUntil: 'networkidle'});
  // Docusaurus prefetches the code of links as they come into view, after the load.
  await page.waitForTimeout(1000);
  await page.waitForLoadState('networkidle');
  const sum = async (sizes) => (await Promise.all(sizes)).reduce((total, size) => total + size, 0);
  const result = {
    bytes: await sum(scripts),
    files: scripts.length,
    prefetchBytes: await sum(prefetched),
  };
  await context.close();
  return result;
}
