// A small static file server for the built bundles: the preview over http, the Excel add-in over
// https (Office requires it). Serves only files below its folder.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer as createHttp } from 'node:http';
import { createServer as createHttps } from 'node:https';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
};

/** Serves `folder` on `port`; with `tls` options, over https. Resolves once listening. */
export function serveFolder(folder, port, tls) {
  const rootDir = resolve(folder);
  const handler = (request, response) => {
    const answer = (status, text) => response.writeHead(status, { 'content-type': 'text/plain' }).end(text);
    let path;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      // A malformed escape ("/%"), which any page the user visits may send: refused, never a crash.
      return answer(400, 'Bad request');
    }
    const file = normalize(join(rootDir, path));
    const inside = (p) => p === rootDir || p.startsWith(rootDir + sep);
    const target = inside(file) && existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
    if (!inside(target) || !existsSync(target) || statSync(target).isDirectory()) return answer(404, 'Not found');
    response.writeHead(200, {
      'content-type': TYPES[extname(target)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'access-control-allow-origin': '*',
    });
    createReadStream(target)
      .on('error', () => response.destroy())
      .pipe(response);
  };
  const server = tls ? createHttps(tls, handler) : createHttp(handler);
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolveListen(server));
  });
}
