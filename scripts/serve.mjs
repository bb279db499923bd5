#!/usr/bin/env node
/**
 * Serves the demo pages (demo/) and the built library (dist/) on http://localhost:8000
 * (or PORT). Every page is sent with the strict Content-Security-Policy a council's site may
 * use, so the demo shows the elements working under it. For local use only.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { extname, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8000);
export const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

/** Maps a URL path to a file: / and /*.html from demo/, /dist/… from dist/. */
function fileFor(pathname) {
  const path = decodeURIComponent(pathname);
  const [base, rest] = path.startsWith('/dist/') ? ['dist', path.slice('/dist/'.length)] : ['demo', path.slice(1)];
  const folder = resolve(root, base);
  const file = resolve(folder, normalize(rest || 'index.html'));
  return file === folder || file.startsWith(folder + sep) ? file : undefined;
}

export function startServer(listenPort = port) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let file = fileFor(url.pathname);
    try {
      if (file && (await stat(file)).isDirectory()) file = resolve(file, 'index.html');
      if (!file || !(await stat(file)).isFile()) throw new Error('not found');
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    // Compress text as any real web server would (the size report counts gzip bytes too).
    const gzip = /gzip/.test(request.headers['accept-encoding'] ?? '') && /text|json|javascript|svg/.test(type);
    response.writeHead(200, {
      'Content-Type': type,
      'Content-Security-Policy': strictCsp,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(listenPort, () => resolveServer(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    await startServer();
  } catch (error) {
    if (error.code === 'EADDRINUSE') {
      console.error(`Port ${port} is in use. Stop what is using it, or run: PORT=8080 npm start`);
      process.exit(1);
    }
    throw error;
  }
  console.log(`\nccin-elements demo: http://localhost:${port}/\n`);
  console.log('  /                  the three elements');
  console.log('  /case-studies.html every case study, one after another');
  console.log('  /map.html          the member map');
  console.log('  /builder.html      the embed-code builder');
  console.log('\nServed with Content-Security-Policy: ' + strictCsp);
  console.log('Press Ctrl+C to stop.');
}
