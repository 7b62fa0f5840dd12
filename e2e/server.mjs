// A static file server for the built app, on 127.0.0.1 and a free port. Tests pass extra headers (a strict
// Content-Security-Policy) to check that the app runs under them.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
};

/**
 * Serves `root`; `extraRoutes` maps a path to [type, body] for test pages such as an iframe host, and `onRequest`
 * learns the path of every request (to count what a page fetches). Responses allow
 * any origin to read them, as GitHub Pages and most static hosts do: a sandboxed iframe has an opaque origin, so
 * even the app's own module and wasm are cross-origin requests there. `gzip: true` compresses the files for a
 * browser that accepts it, as static hosts do (the benchmark's slow network counts the bytes a host sends).
 * `holds` maps a path prefix, which ends in `/` (such as `/held-firefox/`), to a promise: the files are served under
 * the prefix too, as at the root, but the app's start-up wasm and classic script wait there until the promise
 * settles, so that a test can use the page as it is before the app runs, in a browser driven without request
 * interception (WebDriver).
 */
export async function serve(root, { headers = {}, extraRoutes = {}, onRequest = null, cors = true, gzip = false, holds = new Map() } = {}) {
  // `cors: false` serves as most university web servers do: with no Access-Control-Allow-Origin at all.
  headers = { ...(cors ? { 'access-control-allow-origin': '*' } : {}), ...headers };
  const base = resolve(root);
  // Each file compressed once, as a host's cache would: compressing the wasm on every request would be the test
  // server's time, not the page's.
  const compressed = new Map();
  // Sends `body` as `type`, compressed where the server compresses and the browser accepts it; `key` names the body
  // in the cache of compressed ones.
  const send = (request, response, type, body, key) => {
    if (gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', ...headers });
      if (!compressed.has(key)) compressed.set(key, gzipSync(body, { level: 9 }));
      response.end(compressed.get(key));
    } else {
      response.writeHead(200, { 'content-type': type, ...headers });
      response.end(body);
    }
  };
  const server = createServer(async (request, response) => {
    let path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    // The path as requested, a held prefix included.
    onRequest?.(path);
    for (const [prefix, until] of holds) {
      if (!path.startsWith(prefix)) continue;
      path = path.slice(prefix.length - 1);
      if (/(_bg\.wasm|pko-explorer-classic\.js)$/.test(path)) await until;
      break;
    }
    if (extraRoutes[path]) {
      const [type, body] = extraRoutes[path];
      send(request, response, type, body, `route:${path}`);
      return;
    }
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      send(request, response, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file), file);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, port, close: () => new Promise((done) => server.close(done)) };
}
