#!/usr/bin/env node
/**
 * `npm start` (after the build): serves the demo pages (demo/) and the built library (dist/, at
 * /dist/) on http://localhost:8000 (or PORT), with scripts/lib/static-server.mjs. Every page is
 * sent with the strict Content-Security-Policy a council's site may use, so the demo shows the
 * elements working under it. For local use only.
 */
import { fileURLToPath } from 'node:url';
import { strictCsp } from './lib/csp.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Starts the demo server; port 0 picks a free one. */
export function startDemoServer(port = Number(process.env.PORT ?? 8000)) {
  return startStaticServer({ root: `${root}demo`, mounts: { '/dist/': `${root}dist` }, port, headers: { 'Content-Security-Policy': strictCsp } });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let server;
  try {
    server = await startDemoServer();
  } catch (error) {
    if (error?.code === 'EADDRINUSE') {
      console.error(`Port ${process.env.PORT ?? 8000} is in use. Stop what is using it, or run: PORT=8080 npm start`);
      process.exit(1);
    }
    throw error;
  }
  const url = server.url.replace('127.0.0.1', 'localhost');
  console.log(`\nccin-elements demo: ${url}/\n`);
  console.log('  /                  every element');
  console.log('  /case-studies.html every case study, one after another');
  console.log('  /map.html          the member map');
  console.log('  /builder.html      the embed-code builder');
  console.log('\nServed with Content-Security-Policy: ' + strictCsp);
  console.log('Press Ctrl+C to stop.');
}
