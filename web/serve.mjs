// A small static file server for the built site (./build-wasm.sh --serve) and the e2e tests.
//   node web/serve.mjs DIR [PORT]   (PORT 0: any free port; prints "listening on PORT")
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';

const kTypes = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

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
    fs.readFile(file, (error, bytes) => {
      if (error) {
        response.writeHead(404, {'content-type': 'text/plain'}).end('not found');
        return;
      }
      response.writeHead(200, {
        'content-type': kTypes[path.extname(file)] || 'application/octet-stream',
        'cache-control': 'no-store',
      });
      response.end(bytes);
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
