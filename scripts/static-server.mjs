// A plain static file server, as the simplest static host would serve a build: files only, no rewrites, no
// fallback to index.html, no compression. It can mount the build under a sub-path (/lab/) to prove that every
// URL in the build is relative. Used by `npm run budget` and e2e/offline.spec.ts.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * @param {{ root: () => string, mount?: string, port?: number }} options
 *   root: the folder to serve, asked on every request (a test can swap in a new build);
 *   mount: the sub-path the folder appears under, '/' or e.g. '/lab/'.
 * @returns {Promise<{ origin: string, url: string, close: () => Promise<void> }>}
 */
export async function startStaticServer({ root, mount = '/', port = 0 }) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (`${path}/` === mount) {
      response.writeHead(301, { location: mount });
      return response.end();
    }
    if (!path.startsWith(mount)) return send(response, 404, 'Not found');
    let relative = path.slice(mount.length);
    if (relative === '' || relative.endsWith('/')) relative += 'index.html';
    const base = root();
    const file = normalize(join(base, relative));
    if (!file.startsWith(normalize(base) + sep)) return send(response, 403, 'Forbidden');
    try {
      if (!(await stat(file)).isFile()) return send(response, 404, 'Not found');
      const body = await readFile(file);
      // Always revalidate, so a test that swaps the build sees the new files at once.
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      send(response, 404, 'Not found');
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return {
    origin,
    url: `${origin}${mount}`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function send(response, status, text) {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}
