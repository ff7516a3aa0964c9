// A small static file server for the built site (./build-wasm.sh --serve) and the e2e tests.
//   node web/serve.mjs DIR [PORT]   (PORT 0: any free port; prints "listening on PORT")
// It serves what docs/deploy.md asks of a real server: .wasm as application/wasm, the .br or .gz
// copy when the request accepts it (Content-Encoding, Vary), content-hashed files cached for
// ever and everything else revalidated (ETag).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';

const kTypes = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml', '.ttf': 'font/ttf',
};
const kHashedName = /\.[0-9a-f]{12}\.[a-z]+$/;  // la_editor.0123456789ab.wasm (scripts/package-site.mjs)

// The codings an Accept-Encoding header accepts (q=0 refuses one).
function acceptedCodings(header) {
  const codings = new Set();
  for (const part of header.split(',')) {
    const [name, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    if (name && (!q || Number(q.slice(2)) > 0)) codings.add(name);
  }
  return codings;
}

// The precompressed copy of file the request accepts, if there is one: [path, coding or null].
function encoded(file, acceptEncoding) {
  const accepted = acceptedCodings(acceptEncoding);
  for (const [suffix, coding] of [['.br', 'br'], ['.gz', 'gzip']]) {
    if (accepted.has(coding) && fs.existsSync(file + suffix)) return [file + suffix, coding];
  }
  return [file, null];
}

// Serves files below root on 127.0.0.1; resolves to {server, port}.
export function serve(root, port = 0) {
  const base = path.resolve(root);
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    let file = path.join(base, decodeURIComponent(url.pathname));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    if (url.pathname.endsWith('/')) file = path.join(file, 'index.html');
    const [sent, coding] = encoded(file, request.headers['accept-encoding'] || '');
    fs.stat(sent, (error, stat) => {
      if (error || !stat.isFile()) {
        response.writeHead(404, {'content-type': 'text/plain'}).end('not found');
        return;
      }
      const etag = `"${stat.size.toString(16)}-${stat.mtimeMs.toString(16)}"`;
      const headers = {
        'content-type': kTypes[path.extname(file)] || 'application/octet-stream',
        'cache-control': kHashedName.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
        'etag': etag,
        'vary': 'Accept-Encoding',
      };
      if (coding) headers['content-encoding'] = coding;
      if (request.headers['if-none-match'] === etag) {
        response.writeHead(304, headers).end();
        return;
      }
      headers['content-length'] = stat.size;
      response.writeHead(200, headers);
      if (request.method === 'HEAD') response.end();
      else fs.createReadStream(sent).pipe(response);
    });
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => resolve({server, port: server.address().port}));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [root, port] = process.argv.slice(2);
  const {port: actual} = await serve(root || '.', Number(port || 8080));
  console.log(`listening on ${actual}`);
}
