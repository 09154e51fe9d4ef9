// The end-to-end server (tests/e2e/server.mjs) behind a small front that
// every engine's pages go through. It adds what an engine without a console
// API (WebKitGTK's WebDriver) needs:
//   /hooked/PATH          PATH, with the console hook as the first script of
//                         an HTML page (same origin, so the strict CSP holds)
//   /engines/hook.js      that hook (page-lib.mjs, CONSOLE_HOOK)
//   /engines/frame.html   ?src=URL&width=W&height=H: URL in a W×H iframe, for
//                         widths below the smallest window an engine allows
// and it records every response of status 400 or more, for the engines
// whose driver cannot see the network. `holdWasm()` keeps the widget's wasm
// back until the test releases it (input before the take-over).
import { createServer, request } from 'node:http';
import { startServer } from '../e2e/server.mjs';
import { CONSOLE_HOOK } from './page-lib.mjs';

const escape = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export async function startFront() {
  const back = await startServer();
  const target = new URL(back.origin);
  const failures = [];
  let held = null;
  const server = createServer(async (req, res) => {
    if (held && /_bg\.wasm$/.test(new URL(req.url, 'http://front').pathname)) await held;
    const url = new URL(req.url, 'http://front');
    if (url.pathname === '/engines/hook.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      return res.end(CONSOLE_HOOK);
    }
    if (url.pathname === '/engines/frame.html') {
      const [src, width, height] = ['src', 'width', 'height'].map((k) => escape(url.searchParams.get(k) ?? ''));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return res.end(`<!doctype html><html lang="de"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Rahmen</title></head>`
        + `<body><iframe src="${src}" width="${width}" height="${height}" title="Seite im Rahmen"></iframe></body></html>`);
    }
    const hooked = url.pathname.startsWith('/hooked/');
    const path = hooked ? req.url.slice('/hooked'.length) : req.url;
    const upstream = request({ host: target.hostname, port: target.port, path, method: req.method, headers: req.headers }, (answer) => {
      if (answer.statusCode >= 400) failures.push(`HTTP ${answer.statusCode} for ${url.pathname}`);
      const html = String(answer.headers['content-type']).startsWith('text/html');
      if (!hooked || !html) {
        res.writeHead(answer.statusCode, answer.headers);
        return answer.pipe(res);
      }
      const chunks = [];
      answer.on('data', (chunk) => chunks.push(chunk));
      answer.on('end', () => {
        const page = Buffer.concat(chunks).toString('utf8');
        const tag = '<script src="/engines/hook.js"></script>';
        const withHook = /<head[^>]*>/i.test(page) ? page.replace(/<head[^>]*>/i, (head) => `${head}${tag}`) : tag + page;
        const headers = { ...answer.headers };
        delete headers['content-length'];
        res.writeHead(answer.statusCode, headers);
        res.end(withHook);
      });
    });
    upstream.on('error', (error) => { res.writeHead(502); res.end(String(error)); });
    req.pipe(upstream);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    /** Responses of status 400 or more since the start (a list that grows). */
    failures,
    /** Holds every wasm response back; returns the function that lets them go. */
    holdWasm() {
      let release;
      held = new Promise((resolve) => { release = resolve; });
      return () => { held = null; release(); };
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await back.close();
    },
  };
}
