// @ts-check
/**
 * The project's one static file server, for tests, demos and benchmarks. It serves the files
 * under `root` as a plain web host would (index.html for folders, gzip for text, nosniff, so a
 * wrong MIME type breaks modules as it would in production), adds `headers` to every response
 * (tests pass a strict Content-Security-Policy) and records every request with its status.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

export const mimeTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

const compressible = /^(text\/|application\/json|image\/svg)/;

/**
 * @typedef {{ method: string, path: string, url: string, status: number }} RecordedRequest
 * @typedef {{ url: string, close: () => Promise<void>, requests: RecordedRequest[] }} StaticServer
 */

/**
 * The file a URL path names inside root, or undefined if it would leave root.
 * @param {string} root absolute, resolved
 * @param {string} pathname
 */
function fileFor(root, pathname) {
  let path;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0')) return undefined;
  const file = resolve(root, `.${path}`);
  return file === root || file.startsWith(root + sep) ? file : undefined;
}

/**
 * Starts the server on 127.0.0.1 (port 0: any free port). `mounts` serve other folders under a
 * URL prefix (the demo serves dist/ at /dist/).
 * @param {{ root: string, port?: number, headers?: Record<string, string>, mounts?: Record<string, string> }} options
 * @returns {Promise<StaticServer>}
 */
export async function startStaticServer({ root, port = 0, headers = {}, mounts = {} }) {
  const base = resolve(root);
  const mounted = Object.entries(mounts).map(([prefix, folder]) => /** @type {const} */ ([prefix, resolve(folder)]));
  /** @param {string} pathname */
  const fileOf = (pathname) => {
    const mount = mounted.find(([prefix]) => pathname.startsWith(prefix));
    return mount ? fileFor(mount[1], `/${pathname.slice(mount[0].length)}`) : fileFor(base, pathname);
  };
  /** @type {RecordedRequest[]} */
  const requests = [];

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const method = request.method ?? 'GET';
    /** @param {number} status @param {Record<string, string>} more */
    const head = (status, more) => {
      requests.push({ method, path: url.pathname, url: url.pathname + url.search, status });
      response.writeHead(status, { ...headers, ...more });
    };
    const fail = (/** @type {number} */ status, /** @type {string} */ text) => {
      head(status, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(method === 'HEAD' ? undefined : text);
    };

    if (method !== 'GET' && method !== 'HEAD') return fail(405, 'Method not allowed');
    let file = fileOf(url.pathname);
    try {
      if (!file) throw new Error('outside root');
      if ((await stat(file)).isDirectory()) file = resolve(file, 'index.html');
      if (!(await stat(file)).isFile()) throw new Error('not a file');
    } catch {
      // Browsers ask for /favicon.ico by themselves: no icon is not an error worth a console line.
      if (url.pathname === '/favicon.ico') return void (head(204, {}), response.end());
      return fail(404, 'Not found');
    }

    const type = mimeTypes[/** @type {keyof typeof mimeTypes} */ (extname(file).toLowerCase())] ?? 'application/octet-stream';
    const gzip = compressible.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    head(200, {
      'Content-Type': type,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    if (method === 'HEAD') return void response.end();
    const stream = createReadStream(file);
    try {
      await (gzip ? pipeline(stream, createGzip(), response) : pipeline(stream, response));
    } catch {
      // The client went away mid-response (a page closed while loading): nothing to do.
      response.destroy();
    }
  });

  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolveListen(undefined));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server: no TCP address');

  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    close: () =>
      new Promise((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose(undefined));
      }),
  };
}
