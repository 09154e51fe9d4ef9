// A local static server for the end-to-end suite: dist/ under /dist/, the
// suite's host pages under /e2e/, fixtures under /fixtures/, generated
// recaps under /gen/, and fault routes under /fault/. Only loopback.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRecap } from './generate.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MOUNTS = {
  '/dist/': join(ROOT, 'dist'),
  '/e2e/': join(ROOT, 'tests/e2e/pages'),
  '/fixtures/': join(ROOT, 'tests/fixtures'),
  '/axe/': join(ROOT, 'node_modules/axe-core'),
};
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
};
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startServer() {
  const flaky = new Map();
  const drips = new Map();
  let dripsMade = 0;
  const huge = new Map();
  let big;
  const deployment = { dirs: [], embedCache: 'no-cache', requests: new Map() };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    const send = (status, body, type = 'text/plain; charset=utf-8', headers = {}) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      res.end(body);
    };
    try {
      if (path === '/') return send(302, '', undefined, { location: '/dist/index.html' });
      if (path === '/fault/404') return send(404, 'not found');
      if (path === '/fault/500') return send(500, 'server error');
      if (path === '/fault/slow') {
        await sleep(Number(url.searchParams.get('ms') ?? 17000));
        return send(200, JSON.stringify(generateRecap(3, 1)), TYPES['.json']);
      }
      if (path === '/fault/drop') {
        res.writeHead(200, { 'content-type': TYPES['.json'], 'content-length': '100000' });
        res.write('{"version": 1, "event": {"title": "abgebrochen", ');
        setTimeout(() => res.socket.destroy(), 100);
        return;
      }
      if (path === '/fault/flaky') {
        const key = url.searchParams.get('key') ?? '';
        const seen = flaky.get(key) ?? 0;
        flaky.set(key, seen + 1);
        if (seen === 0) return send(503, 'try later');
        return send(200, JSON.stringify(generateRecap(5, 7)), TYPES['.json']);
      }
      if (path === '/gen/people.json') {
        const n = Number(url.searchParams.get('n') ?? 300);
        const seed = Number(url.searchParams.get('seed') ?? 1);
        const photos = url.searchParams.has('photos');
        return send(200, JSON.stringify(generateRecap(n, seed, { photos })), TYPES['.json']);
      }
      if (path === '/fault/drip') {
        // A response the test feeds chunk by chunk (see `drip` below).
        const drip = drips.get(url.searchParams.get('id'));
        if (!drip) return send(404, 'no such drip');
        res.writeHead(200, { 'content-type': TYPES['.json'], 'cache-control': 'no-store' });
        drip.attach(res);
        return;
      }
      if (path === '/gen/huge.json') {
        // A valid recap of `mb` megabytes, with or without a Content-Length.
        const mb = Number(url.searchParams.get('mb') ?? 21);
        if (!huge.has(mb)) huge.set(mb, Buffer.from(hugeRecap(mb)));
        const body = huge.get(mb);
        const headers = { 'content-type': TYPES['.json'], 'cache-control': 'no-store' };
        if (url.searchParams.get('length') === '1') headers['content-length'] = body.length;
        res.writeHead(200, headers);
        for (let at = 0; at < body.length; at += 1 << 20) res.write(body.subarray(at, at + (1 << 20)));
        return res.end();
      }
      if (path === '/gen/broken.json') {
        // `n` people, each with an unknown region: n item problems.
        const n = Number(url.searchParams.get('n') ?? 200);
        const recap = generateRecap(0, 1);
        recap.speakers = Array.from({ length: n }, (_, i) => ({ id: `p${i}`, name: `Person ${i}`, region: 'Bayern' }));
        recap.speakers = recap.speakers.map((speaker, i) => (i % 2 ? { ...speaker, name: '' } : speaker));
        return send(200, JSON.stringify(recap), TYPES['.json']);
      }
      if (path === '/gen/big.json') {
        big ??= bigRecap();
        return send(200, big, TYPES['.json']);
      }
      if (path.startsWith('/deploy/')) {
        // A site's deployment: the first of its folders that has the file,
        // with the README's cache headers (embed.js's is the test's choice).
        const name = path.slice('/deploy/'.length);
        deployment.requests.set(name, (deployment.requests.get(name) ?? 0) + 1);
        for (const dir of deployment.dirs) {
          const file = normalize(join(dir, name));
          if (!file.startsWith(dir) || !(await stat(file).catch(() => null))?.isFile()) continue;
          const cache = name === 'embed.js' ? deployment.embedCache
            : /-[0-9a-f]{16}(_bg\.wasm|\.js|\.css)$/.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache';
          return send(200, await readFile(file), TYPES[extname(file)] ?? 'application/octet-stream', { 'cache-control': cache });
        }
        return send(404, 'not deployed');
      }
      // The same pages, served with the spec's Content-Security-Policy header.
      const csp = path.startsWith('/csp/');
      const logical = csp ? path.slice(4) : path;
      const mount = Object.keys(MOUNTS).find((prefix) => logical.startsWith(prefix));
      if (!mount) return send(404, 'no route');
      const file = normalize(join(MOUNTS[mount], logical.slice(mount.length)));
      if (!file.startsWith(MOUNTS[mount])) return send(403, 'outside');
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) return send(404, 'not found');
      const headers = csp ? { 'content-security-policy': CSP } : {};
      return send(200, await readFile(file), TYPES[extname(file)] ?? 'application/octet-stream', headers);
    } catch (error) {
      return send(500, String(error));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  /**
   * A response under `/fault/drip?id=…` that the test feeds: `send(text)`
   * writes a chunk once the page has asked for it, `end()` finishes it,
   * `abandon()` drops the connection.
   */
  const drip = () => {
    const id = String((dripsMade += 1));
    let attached;
    const response = new Promise((resolve) => { attached = resolve; });
    drips.set(id, { attach: attached });
    const written = (res, text) => new Promise((resolve) => res.write(text, resolve));
    return {
      path: `/fault/drip?id=${id}`,
      send: async (text) => written(await response, text),
      end: async () => (await response).end(),
      abandon: () => response.then((res) => res.destroy()),
    };
  };
  /** What `/deploy/` serves: `dirs` in order, embed.js with `embedCache`. */
  const deploy = (dirs, embedCache = 'no-cache') => Object.assign(deployment, { dirs, embedCache });
  return { origin, drip, deploy, deployRequests: deployment.requests, close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }) };
}

/** A valid recap of at least `mb` megabytes. */
function hugeRecap(mb) {
  const recap = generateRecap(1, 5);
  const pad = 'Ein sehr langer Rollentext, der die Datei groß macht. '.repeat(20);
  const people = [];
  for (let i = 0, size = 0; size < mb * 1024 * 1024; i += 1) {
    const person = JSON.stringify({ id: `h${i}`, name: `Person ${i}`, role: pad });
    people.push(person);
    size += person.length + 1;
  }
  return JSON.stringify(recap).replace('"speakers":[', `"speakers":[${people.join(',')},`);
}

/** A valid recap of about 10 MB. */
function bigRecap() {
  const recap = generateRecap(1, 3);
  const pad = 'Ein längerer Rollentext, der die Datei groß macht. '.repeat(4);
  recap.speakers = [];
  for (let i = 0; JSON.stringify(recap).length < 10 * 1024 * 1024 && i < 100000; i += 1) {
    for (let j = 0; j < 500; j += 1, i += 1) {
      recap.speakers.push({ id: `p${i}`, name: `Person ${i}`, role: pad, organization: `Firma ${i}`, region: 'Sachsen' });
    }
  }
  return JSON.stringify(recap);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { origin } = await startServer();
  console.log(`serving on ${origin}/ (dist at ${origin}/dist/index.html)`);
}
