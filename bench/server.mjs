// The benchmark's server: the end-to-end suite's server (tests/e2e/server.mjs)
// behind a front that adds two pages next to dist/index.html, so that the
// pages' relative URLs resolve to the same dist/ files:
//   /dist/no-snapshot.html  dist/index.html with the prerendered snapshot
//                           removed (an empty <recap-widget></recap-widget>)
//   /dist/plain/…           the plain-JS baseline (bench/plain/), with the
//                           content-hashed stylesheet's name put in
// Everything else goes to the end-to-end server unchanged. With
// `brotli: true` text and wasm responses are brotli-compressed (quality 11,
// compressed once per body and kept), as a production host would serve them;
// the end-to-end server itself never compresses.
import { createServer, request } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants } from 'node:zlib';
import { startServer } from '../tests/e2e/server.mjs';

const DIST = new URL('../dist/', import.meta.url);
const PLAIN = new URL('./plain/', import.meta.url);
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** dist/index.html without the `<template shadowrootmode>` inside `<recap-widget>`. */
export function withoutSnapshot(html) {
  const start = html.indexOf('<template shadowrootmode=');
  const host = html.indexOf('</recap-widget>', start);
  const end = html.lastIndexOf('</template>', host);
  if (start < 0 || host < 0 || end < start) throw new Error('dist/index.html has no snapshot to remove');
  const stripped = html.slice(0, start) + html.slice(end + '</template>'.length);
  if (!stripped.includes('<recap-widget></recap-widget>')) throw new Error('removing the snapshot did not leave an empty <recap-widget>');
  return stripped;
}

const compressible = (type = '') => /^(text\/|application\/(json|wasm|javascript))/.test(type);

export async function startBenchServer({ brotli = false } = {}) {
  const e2e = await startServer();
  const compressed = new Map();
  const compress = (body) => {
    const key = createHash('sha1').update(body).digest('hex');
    if (!compressed.has(key)) {
      compressed.set(key, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
    }
    return compressed.get(key);
  };
  const send = (req, res, status, headers, body) => {
    const accepts = /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
    if (brotli && accepts && status === 200 && compressible(headers['content-type'])) {
      body = compress(body);
      headers = { ...headers, 'content-encoding': 'br', vary: 'accept-encoding' };
    }
    delete headers['content-length'];
    delete headers['transfer-encoding'];
    res.writeHead(status, req.method === 'HEAD' ? headers : { ...headers, 'content-length': body.length });
    res.end(body);
  };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    const own = { 'cache-control': 'no-store' };
    try {
      if (path === '/dist/no-snapshot.html') {
        const html = withoutSnapshot(await readFile(new URL('index.html', DIST), 'utf8'));
        return send(req, res, 200, { ...own, 'content-type': TYPES['.html'] }, Buffer.from(html));
      }
      if (path.startsWith('/dist/plain/')) {
        const name = path.slice('/dist/plain/'.length) || 'index.html';
        if (!/^[a-z]+\.(html|js)$/.test(name)) return send(req, res, 404, { ...own, 'content-type': 'text/plain' }, Buffer.from('not found'));
        let text = await readFile(new URL(name, PLAIN), 'utf8');
        if (name.endsWith('.html')) {
          const assets = JSON.parse(await readFile(new URL('recap-assets.json', DIST), 'utf8'));
          text = text.replaceAll('%WIDGET_CSS%', assets.stylesheet);
        }
        return send(req, res, 200, { ...own, 'content-type': TYPES[name.slice(name.lastIndexOf('.'))] }, Buffer.from(text));
      }
      // Anything else: the end-to-end server's answer, whole.
      const upstream = await new Promise((resolve, reject) => {
        const headers = { ...req.headers };
        delete headers['accept-encoding'];
        const forward = request(`${e2e.origin}${req.url}`, { method: req.method, headers }, resolve);
        forward.on('error', reject);
        req.pipe(forward);
      });
      const chunks = [];
      for await (const chunk of upstream) chunks.push(chunk);
      return send(req, res, upstream.statusCode, { ...upstream.headers }, Buffer.concat(chunks));
    } catch (error) {
      return send(req, res, 500, { ...own, 'content-type': 'text/plain' }, Buffer.from(String(error)));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    e2eOrigin: e2e.origin,
    close: async () => {
      await new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); });
      await e2e.close();
    },
  };
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const { origin } = await startBenchServer({ brotli: process.env.BROTLI === '1' });
  console.log(`serving on ${origin}/: ${origin}/dist/index.html, ${origin}/dist/no-snapshot.html, ${origin}/dist/plain/index.html`);
}
