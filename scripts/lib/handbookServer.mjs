// A small static server for the production build, on 127.0.0.1 and a free port, so Chromium
// can print the handbook with the site's own stylesheets, images and logo. It serves the build
// under the site's base URL, as it is deployed, plus documents kept in memory (the handbook's
// HTML), and nothing else.
import {createReadStream, existsSync, statSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, normalize, sep} from 'node:path';

/** @type {Readonly<Record<string, string>>} */
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.pdf': 'application/pdf',
};

/**
 * The file under `dir` that serves `pathname` (already stripped of the base URL), as Docusaurus
 * with `trailingSlash: false` lays it out: `a/b` is `a/b.html`, `a/` is `a/index.html`.
 * Null when there is none or the path leaves `dir`.
 * @param {string} dir
 * @param {string} pathname
 */
export function fileFor(dir, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  if (relative.split(sep).includes('..') || decoded.includes('\0')) return null;
  const base = join(dir, relative);
  for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/**
 * Serves `dir` under `baseUrl` until `close()`.
 * @param {{dir: string, baseUrl: string}} options
 * @returns {Promise<{origin: string, put: (path: string, html: string) => void,
 *   close: () => Promise<void>}>}
 */
export async function serveBuild({dir, baseUrl}) {
  /** @type {Map<string, string>} */
  const documents = new Map();
  const server = createServer((request, response) => {
    const {pathname} = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, {allow: 'GET, HEAD'}).end();
      return;
    }
    const inMemory = documents.get(pathname);
    if (inMemory !== undefined) {
      response.writeHead(200, {
        'content-type': CONTENT_TYPES['.html'],
        'cache-control': 'no-store',
      });
      response.end(request.method === 'HEAD' ? undefined : inMemory);
      return;
    }
    const file = pathname.startsWith(baseUrl) ? fileFor(dir, pathname.slice(baseUrl.length)) : null;
    if (!file) {
      response.writeHead(404, {'content-type': 'text/plain'}).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the server has no TCP port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    put: (path, html) => void documents.set(path, html),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
