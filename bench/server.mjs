// A tiny static HTTP server for the benchmarks (node:http only).
//
//   startServer({ mounts: { '/dist/': '/abs/dist', '/pdfjs/': '/abs/node_modules/pdfjs-dist' } })
//     → { url: 'http://127.0.0.1:PORT', port, close() }
//
// Serves files below each mount (no directory listings, no escaping the mount;
// a folder serves its index.html), adds `headers` to every response (the
// end-to-end checks send a Content-Security-Policy),
// answers single-range `Range: bytes=…` requests with 206 (pdf.js uses range
// requests when a server advertises them, as real servers do) and sends
// `Cache-Control: no-store` so every run loads cold from the network layer.
import http from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.pdf': 'application/pdf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.wasm': 'application/wasm',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.ttf': 'font/ttf',
  '.icc': 'application/vnd.iccprofile',
};

/** Resolves a URL path to a file below one of the mounts, or null. */
function resolveFile(mounts, urlPath) {
  // Longest mount prefix wins.
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  for (const prefix of prefixes) {
    if (!urlPath.startsWith(prefix)) continue;
    const root = path.resolve(mounts[prefix]);
    const rest = urlPath.slice(prefix.length);
    const file = path.resolve(root, '.' + path.posix.sep + rest);
    if (file !== root && !file.startsWith(root + path.sep)) return null;
    return file;
  }
  return null;
}

/**
 * @param {{ mounts: Record<string, string>, routes?: Record<string, (req, res) => void>,
 *           headers?: Record<string, string>, host?: string, port?: number, log?: (line: string) => void }} options
 *   mounts: URL prefix (ending in '/') or exact URL path → directory or file on disk.
 *   routes: exact URL path → handler (for generated content; it sets its own headers).
 *   headers: sent with every file and error response.
 */
export async function startServer({ mounts, routes = {}, headers: extraHeaders = {}, host = '127.0.0.1', port = 0, log } = {}) {
  const send = (res, status, text) => {
    res.writeHead(status, { ...extraHeaders, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(text);
  };
  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      let urlPath;
      try {
        urlPath = decodeURIComponent(url.pathname);
      } catch {
        return send(res, 400, 'bad path');
      }
      if (routes[urlPath]) return routes[urlPath](req, res);
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed');

      let file = mounts[urlPath] ? path.resolve(mounts[urlPath]) : resolveFile(mounts, urlPath);
      if (!file) return send(res, 404, 'not found');
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        file = path.join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info?.isFile()) {
        log?.(`404 ${urlPath}`);
        return send(res, 404, 'not found');
      }

      const headers = {
        ...extraHeaders,
        'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
        'Accept-Ranges': 'bytes',
      };
      const size = info.size;
      const range = req.headers.range && /^bytes=(\d*)-(\d*)$/.exec(req.headers.range);
      if (range && (range[1] || range[2])) {
        let start;
        let end;
        if (range[1]) {
          start = Number(range[1]);
          end = range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
        } else {
          start = Math.max(0, size - Number(range[2]));
          end = size - 1;
        }
        if (start > end || start >= size) {
          res.writeHead(416, { ...extraHeaders, 'Content-Range': `bytes */${size}` });
          return res.end();
        }
        res.writeHead(206, {
          ...headers,
          'Content-Range': `bytes ${start}-${end}/${size}`,
          'Content-Length': end - start + 1,
        });
        if (req.method === 'HEAD') return res.end();
        return pipe(createReadStream(file, { start, end }), res);
      }
      res.writeHead(200, { ...headers, 'Content-Length': size });
      if (req.method === 'HEAD') return res.end();
      return pipe(createReadStream(file), res);
    } catch (error) {
      log?.(`500 ${req.url}: ${error?.message ?? error}`);
      if (!res.headersSent) send(res, 500, 'internal error');
      else res.destroy();
    }
  });

  // Keep-alive sockets would hold close() open; track and destroy them.
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function pipe(stream, res) {
  stream.on('error', () => res.destroy());
  res.on('close', () => stream.destroy());
  stream.pipe(res);
}
