// A small static file server for the built page: correct MIME types (the
// browser compiles .wasm only when served as application/wasm), precompressed
// .br/.gz files when present and accepted, and no caching surprises.
// Usage: node static-server.mjs <folder> [port] [host]   (port 0: any free port)
import { createServer } from 'node:http';
import { stat, readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';


const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

async function fileIfPresent(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? path : null;
  } catch {
    return null;
  }
}

function handler(root) {
  return async (request, response) => {
  try {
    const url = new URL(request.url, 'http://localhost');
    let relative = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
    if (relative === '' || relative.endsWith(sep)) relative = join(relative, 'index.html');
    const path = join(root, relative);
    if (!path.startsWith(root + sep) && path !== root) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    const plain = await fileIfPresent(path);
    if (!plain) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const headers = {
      'Content-Type': types[extname(path)] || 'application/octet-stream',
      'Cache-Control': 'no-cache',
      'Vary': 'Accept-Encoding',
      'X-Content-Type-Options': 'nosniff',
    };
    const accepted = String(request.headers['accept-encoding'] || '');
    let served = plain;
    for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
      const candidate = accepted.includes(encoding) && (await fileIfPresent(path + suffix));
      if (candidate) {
        served = candidate;
        headers['Content-Encoding'] = encoding;
        break;
      }
    }
    const body = await readFile(served);
    headers['Content-Length'] = body.length;
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch (error) {
    response.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error));
  }
  };
}

// Resolves to { server, url } once listening.
export function startStaticServer(folder, port = 0, host = '127.0.0.1') {
  const root = resolve(folder);
  const server = createServer(handler(root));
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done({ server, url: `http://${host}:${server.address().port}/` }));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[3] ?? process.env.PORT ?? 8080);
  startStaticServer(process.argv[2] || '.', port, process.argv[4] || '127.0.0.1')
    .then(({ url }) => console.log(`Diazepane Bench is served at ${url}`))
    .catch((error) => {
      console.error(`Could not serve on port ${port}: ${error.message}`);
      process.exit(1);
    });
}
