#!/usr/bin/env node
// npm start: a small static server for the demo (Node's own http module, no
// dependency). Serves the repository root, so /demo/... and /dist/... both
// resolve, under a strict Content-Security-Policy: the demo proves the widget
// needs no inline script or style. PORT sets the port (default 8000; when it
// is busy, the next ones are tried).
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = await realpath(fileURLToPath(new URL('..', import.meta.url)));
// Loopback only: the demo is for this machine.
const HOST = '127.0.0.1';
const ATTEMPTS = 20;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const HEADERS = {
  'Cache-Control': 'no-store',
  // The policy to copy of docs/csp.md, Trusted Types included.
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

function send(response, status, body, extra = {}) {
  response.writeHead(status, { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...extra });
  response.end(response.req.method === 'HEAD' ? undefined : `${body}\n`);
}

/** The file for a URL path inside the repository, or null (outside it, hidden, or not a file). */
async function fileFor(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  // Dotfiles and dot-folders (.git, .gitignore) are not part of the demo.
  if (decoded.split(/[\\/]/).some((segment) => segment.startsWith('.'))) return null;
  let candidate = resolve(root, `.${decoded.startsWith('/') ? '' : '/'}${decoded}`);
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  try {
    if ((await stat(candidate)).isDirectory()) candidate = join(candidate, 'index.html');
    // Symbolic links must not lead outside the repository either.
    const real = await realpath(candidate);
    if (!real.startsWith(root + sep)) return null;
    const info = await stat(real);
    return info.isFile() ? { path: real, size: info.size } : null;
  } catch {
    return null;
  }
}

async function handle(request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    return;
  }
  let url;
  try {
    url = new URL(request.url ?? '/', 'http://localhost');
  } catch {
    send(response, 400, 'Bad request');
    return;
  }
  const { pathname, search } = url;
  if (pathname === '/') {
    send(response, 302, 'Redirecting to /demo/', { Location: '/demo/' });
    return;
  }
  const file = await fileFor(pathname);
  if (!file) {
    send(response, 404, 'Not found');
    return;
  }
  // A folder without its trailing slash: redirect, so that relative links in its index resolve.
  if (file.path.endsWith(`${sep}index.html`) && !pathname.endsWith('/') && !pathname.endsWith('index.html')) {
    send(response, 301, 'Moved', { Location: `${pathname}/${search}` });
    return;
  }
  const type = TYPES[extname(file.path).toLowerCase()] ?? 'application/octet-stream';
  // dist/ is public static files, served as CDNs serve them: a snippet pasted into a page on
  // another origin (or a local file) loads the script with integrity + crossorigin, and its data files.
  const cors = pathname.startsWith('/dist/') ? { 'Access-Control-Allow-Origin': '*' } : {};
  response.writeHead(200, { ...HEADERS, ...cors, 'Content-Type': type, 'Content-Length': file.size });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  const stream = createReadStream(file.path);
  stream.on('error', () => response.destroy());
  stream.pipe(response);
}

const server = createServer((request, response) => {
  handle(request, response).catch(() => {
    if (!response.headersSent) send(response, 500, 'Internal server error');
    else response.destroy();
  });
});

function firstPort() {
  const raw = process.env.PORT;
  if (raw === undefined || raw === '') return 8000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT=${JSON.stringify(raw)} is not a port number (0-65535).`);
    process.exit(1);
  }
  return port;
}

function listen(port, attemptsLeft) {
  const onListening = () => {
    server.off('error', onError);
    console.log(`hotline-widget demo: http://localhost:${server.address().port}/demo/`);
  };
  const onError = (error) => {
    server.off('listening', onListening);
    if (error.code === 'EADDRINUSE' && port !== 0 && port < 65535 && attemptsLeft > 1) {
      listen(port + 1, attemptsLeft - 1);
    } else {
      console.error(`hotline-widget demo: cannot listen on port ${port}: ${error.message}`);
      process.exit(1);
    }
  };
  server.once('listening', onListening);
  server.once('error', onError);
  server.listen(port, HOST);
}

function stop() {
  server.close(() => process.exit(0));
  server.closeAllConnections();
  // Should a connection refuse to close, do not hang.
  setTimeout(() => process.exit(0), 2000).unref();
}
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

listen(firstPort(), ATTEMPTS);
