import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, type HeaderRule } from '../src/security/header-files.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml', '.pf_meta', '.wasm']);

/*
 * A file is gzipped once, not at every request: every fresh browser context fetches a page's styles and
 * scripts again, and the browser tests open some two hundred pages. A file changed on disk (size or time)
 * is compressed anew.
 */
const gzipped = new Map<string, { size: number; mtimeMs: number; body: Buffer }>();
function gzippedFile(file: string): Buffer {
  const { size, mtimeMs } = statSync(file);
  const cached = gzipped.get(file);
  if (cached && cached.size === size && cached.mtimeMs === mtimeMs) return cached.body;
  const body = gzipSync(readFileSync(file));
  gzipped.set(file, { size, mtimeMs, body });
  return body;
}

/**
 * Serves a built site from a folder on a free loopback port, gzipped as hosts do, with the headers of the rules
 * (read from the site's `_headers`) that match each address.
 */
export async function serveStatic(root: string, rules: HeaderRule[] = [], port = 0): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const headers = headersFor(rules, path);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const notFound = join(root, '404.html');
      response.writeHead(404, { 'Content-Type': types['.html']!, ...headers });
      if (existsSync(notFound)) createReadStream(notFound).pipe(response);
      else response.end('Not found');
      return;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    if (compressible.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      const body = gzippedFile(file);
      response.writeHead(200, {
        'Content-Type': type,
        'Content-Encoding': 'gzip',
        'Content-Length': body.length,
        Vary: 'Accept-Encoding',
        ...headers,
      });
      response.end(body);
      return;
    }
    response.writeHead(200, { 'Content-Type': type, ...headers });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('Could not start the static server');
  return {
    url: `http://127.0.0.1:${address.port}`,
    // Also ends the connections a browser keeps open, so that the site is gone at once, as when the network goes.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
