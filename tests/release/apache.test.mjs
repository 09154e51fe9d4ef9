// The release archive as a webmaster deploys it: release/recap-widget-<version>.zip
// (`make release`) unpacked with unzip into a folder of a real Apache httpd
// (Debian's, its own configuration, port and folders, AllowOverride All, so
// the archive's .htaccess is what configures it). There the widget and the
// check page work in headless Chromium, and every file answers with the
// Cache-Control of the README's "Cache headers" table, its Content-Type
// (application/wasm for the wasm) and, when asked, Content-Encoding br or
// gzip. The nginx snippet is checked by nginx (`nginx -t`) and served by it
// the same way (gzip only: Debian's nginx has no brotli module).
//
// Servers and folders are the test's own; it stops and removes them itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { launchChromium } from '../e2e/harness.mjs';
import { packageVersion } from '../../scripts/version.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VERSION = packageVersion();
const ARCHIVE = join(ROOT, 'release', `recap-widget-${VERSION}.zip`);
const APACHE_MODULES = '/usr/lib/apache2/modules';
const FOLDER = '/rueckblick/';

let work; // the test's temp folder: the web root, the servers' files
let site; // the unpacked archive, FOLDER of the web root
let files; // name -> bytes, as SHA256SUMS lists them
let apache;
let browser;

before(async () => {
  assert.ok(existsSync(ARCHIVE), `${ARCHIVE} is missing: run \`make release\` first`);
  work = mkdtempSync(join(tmpdir(), 'release-apache-'));
  // The servers' workers run as www-data when the test runs as root.
  chmodSync(work, 0o755);
  site = join(work, 'htdocs', FOLDER);
  mkdirSync(site, { recursive: true });
  execFileSync('unzip', ['-q', ARCHIVE, '-d', site]);
  execFileSync('chmod', ['-R', 'a+rX', work]);
  files = new Map(readFileSync(join(site, 'SHA256SUMS'), 'utf8').trimEnd().split('\n').map((line) => {
    const [hash, name] = line.split('  ');
    return [name, { hash, data: readFileSync(join(site, name)) }];
  }));
  apache = await startApache();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await apache?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A free port on 127.0.0.1 (asked of the kernel, then handed to the server). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    }).on('error', reject);
  });
}

/** One GET; `body` is the raw bytes as they came over the wire. */
function get(origin, path, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${path}`, { headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Starts `command` and resolves once `origin` answers (or rejects with the server's log when it dies). */
async function startServer(command, args, origin, log) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.stderr.on('data', (chunk) => { output += chunk; });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const logs = () => `${output}${existsSync(log) ? readFileSync(log, 'utf8') : ''}`;
  const until = Date.now() + 15000;
  for (;;) {
    const died = await Promise.race([exited, new Promise((resolve) => setImmediate(resolve, null))]);
    if (died) throw new Error(`${command} exited (${JSON.stringify(died)}):\n${logs()}`);
    try {
      await get(origin, '/');
      break;
    } catch {
      if (Date.now() > until) {
        child.kill('SIGKILL');
        throw new Error(`${command} did not answer on ${origin} within 15 s:\n${logs()}`);
      }
      // Not listening yet: ask again once the socket has had a moment (a
      // 20 ms pause between polls, not a wait for the server).
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  return {
    origin,
    logs,
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Apache httpd with its own configuration: the web root with AllowOverride All, Debian's usual modules. */
async function startApache() {
  const port = await freePort();
  const dir = join(work, 'apache');
  mkdirSync(dir);
  const modules = ['mpm_event', 'authz_core', 'dir', 'mime', 'headers', 'rewrite', 'filter', 'deflate', 'env', 'setenvif']
    .map((name) => `LoadModule ${name}_module ${APACHE_MODULES}/mod_${name}.so`);
  const asRoot = process.getuid?.() === 0;
  writeFileSync(join(dir, 'httpd.conf'), [
    `ServerRoot ${dir}`,
    ...modules,
    `Listen 127.0.0.1:${port}`,
    'ServerName 127.0.0.1',
    ...(asRoot ? ['User www-data', 'Group www-data'] : []),
    `PidFile ${dir}/httpd.pid`,
    `DefaultRuntimeDir ${dir}`,
    `ErrorLog ${dir}/error.log`,
    'LogLevel warn',
    existsSync('/etc/mime.types') ? 'TypesConfig /etc/mime.types' : '',
    // What Debian's default configuration does for every site: compress
    // text on the fly (the archive's precompressed files must not be
    // compressed again), keep .ht* files private.
    'AddOutputFilterByType DEFLATE text/html text/plain text/css text/javascript application/javascript application/json',
    '<Files ".ht*">\n  Require all denied\n</Files>',
    `DocumentRoot ${work}/htdocs`,
    `<Directory ${work}/htdocs>\n  Options FollowSymLinks\n  AllowOverride All\n  Require all granted\n</Directory>`,
    '',
  ].join('\n'));
  return startServer('/usr/sbin/apache2', ['-X', '-f', join(dir, 'httpd.conf')], `http://127.0.0.1:${port}`, join(dir, 'error.log'));
}

/**
 * The rows of the README's "Cache headers" table: the files a row names in
 * backticks (`-<hash>` for the hashed ones) and its Cache-Control. One row
 * is for "every other file" of the release.
 */
function readmeCacheTable() {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('| file | `Cache-Control` |'));
  const lines = table.split('\n');
  const rows = lines.slice(2, lines.findIndex((line) => !line.startsWith('|')))
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()))
    .map(([file, value]) => ({ file, names: [...file.matchAll(/`([^`]+)`/g)].map((m) => m[1]), value: value.match(/`([^`]+)`/)[1] }));
  assert.ok(rows.length > 0, 'README.md has the "Cache headers" table');
  return rows;
}

/** The Cache-Control the README's table promises a file (`readmeCacheTable`). */
function promisedCacheControl() {
  const rows = readmeCacheTable();
  const hashed = rows.find((row) => row.names.includes('-<hash>'));
  const other = rows.find((row) => /every other file/.test(row.file));
  assert.ok(hashed && other, 'the README table has a row for hashed files and one for every other file');
  return (name) => {
    if (/-[0-9a-f]{16}(_bg\.wasm|\.js|\.css)$/.test(name)) return hashed.value;
    return rows.find((row) => row !== hashed && row.names.includes(name))?.value ?? other.value;
  };
}

const TYPES = {
  js: 'text/javascript', wasm: 'application/wasm', css: 'text/css', html: 'text/html', json: 'application/json',
  md: 'text/markdown', txt: 'text/plain', conf: 'text/plain',
};
const typeOf = (name) => TYPES[name.match(/\.([a-z]+)$/)?.[1]] ?? 'text/plain';

/**
 * Every file of the archive (but the server configuration) from `origin`:
 * its bytes, the promised Cache-Control and its Content-Type, plain and, for
 * each encoding in `encodings` where the archive has the twin, encoded.
 */
async function checkHeaders(origin, encodings) {
  const cacheControl = promisedCacheControl();
  const seen = [];
  for (const [name, { data }] of files) {
    if (name === '.htaccess' || /\.(br|gz)$/.test(name)) continue;
    const path = `${FOLDER}${name}`;
    const plain = await get(origin, path);
    assert.equal(plain.status, 200, `${path}: status`);
    assert.equal(plain.headers['cache-control'], cacheControl(name), `${path}: Cache-Control (README table)`);
    assert.match(plain.headers['content-type'] ?? '', new RegExp(`^${typeOf(name)}(; ?charset=utf-8)?$`, 'i'), `${path}: Content-Type`);
    assert.equal(plain.headers['content-encoding'], undefined, `${path}: no Content-Encoding when none is accepted`);
    assert.ok(plain.body.equals(data), `${path}: the archive's bytes`);
    const row = { file: name, 'Cache-Control': plain.headers['cache-control'], 'Content-Type': plain.headers['content-type'] };
    for (const [encoding, twin, decode] of [['br', '.br', brotliDecompressSync], ['gzip', '.gz', gunzipSync]]) {
      if (!encodings.includes(encoding) || !files.has(name + twin)) continue;
      const encoded = await get(origin, path, { 'Accept-Encoding': encoding === 'br' ? 'gzip, deflate, br' : 'gzip, deflate' });
      assert.equal(encoded.status, 200, `${path} (${encoding}): status`);
      assert.equal(encoded.headers['content-encoding'], encoding, `${path}: Content-Encoding when ${encoding} is accepted`);
      assert.equal(encoded.headers['cache-control'], cacheControl(name), `${path} (${encoding}): Cache-Control`);
      assert.equal(encoded.headers['content-type'], plain.headers['content-type'], `${path} (${encoding}): Content-Type`);
      assert.match(encoded.headers.vary ?? '', /accept-encoding/i, `${path} (${encoding}): Vary`);
      assert.ok(decode(encoded.body).equals(data), `${path} (${encoding}): decodes to the archive's bytes`);
      row[encoding] = `${encoded.body.length} B`;
    }
    seen.push(row);
  }
  return seen;
}

test('the archive holds what SHA256SUMS lists, with those hashes, and no dist/share/', () => {
  for (const [name, { hash, data }] of files) {
    assert.equal(createHash('sha256').update(data).digest('hex'), hash, `${name}: SHA256SUMS`);
  }
  const listed = execFileSync('unzip', ['-Z1', ARCHIVE], { encoding: 'utf8' }).trim().split('\n').sort();
  assert.deepEqual(listed, [...files.keys(), 'SHA256SUMS'].sort(), 'the archive is exactly SHA256SUMS and the files it lists');
  for (const name of ['embed.js', 'index.html', 'check.html', 'check.js', 'recap.json', 'recap.schema.json', '.htaccess',
    'nginx-recap-widget.conf', 'LIESMICH.md', 'CHANGELOG.md', 'LICENSE-MIT', 'LICENSE-APACHE', 'THIRD-PARTY-NOTICES.txt']) {
    assert.ok(files.has(name), `the archive has ${name}`);
  }
  assert.ok(!listed.some((name) => name.startsWith('share/')), 'dist/share/ is left out');
  const notices = files.get('THIRD-PARTY-NOTICES.txt').data.toString();
  for (const crate of ['yew 0.23', 'wasm-bindgen 0.2', 'serde 1.0', 'talc 4']) assert.ok(notices.includes(crate), `notices name ${crate}`);
  assert.ok(!/\btokio \d/.test(notices), 'notices leave out the native-only crates');
});

test('LIESMICH.md gives webmasters the README\'s cache table', () => {
  const liesmich = files.get('LIESMICH.md').data.toString();
  for (const { names, value } of readmeCacheTable()) {
    const row = liesmich.split('\n').find((line) => line.startsWith('|') && names.every((name) => line.includes(`\`${name}\``)));
    assert.ok(row, `LIESMICH.md has a row for ${names.join(', ')}`);
    assert.ok(row.includes(`\`${value}\``), `LIESMICH.md gives ${names.join(', ')} ${value}: ${row}`);
  }
});

test('Apache serves the widget: it shows the recap and tells its version', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => { if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`); });
  // Listening before the page's scripts run, so that no signal is missed.
  await page.addInitScript(() => {
    window.recapReady = new Promise((resolve) => document.addEventListener('recap-ready', (event) => resolve(event.detail)));
  });
  await page.goto(`${apache.origin}${FOLDER}`);
  const detail = await page.evaluate(() => window.recapReady);
  assert.equal(detail.error, undefined, `the widget shows its recap, not an error: ${detail.error}`);
  assert.ok(detail.speakers > 0 && detail.quotes > 0, `the recap has people and quotes: ${JSON.stringify(detail)}`);
  assert.ok(await page.locator('recap-widget').evaluate((element) => element.matches(':state(ready)')
    && Boolean(element.shadowRoot.querySelector('.mount:not([data-snapshot]) .layout'))), 'the live widget is on the page');
  assert.equal(await page.evaluate(() => customElements.get('recap-widget').version), VERSION, 'embed.js tells Cargo.toml\'s version');
  // The wasm came as application/wasm, compressed (Chromium asks for gzip over http).
  const wasm = await page.evaluate(() => performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('_bg.wasm')));
  assert.ok(wasm && wasm.encodedBodySize < wasm.decodedBodySize, `the wasm came compressed: ${JSON.stringify(wasm)}`);
  assert.deepEqual(problems, [], 'no console error and no failed request');
  await context.close();
});

test('Apache serves the check page: it starts and shows its title', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => { if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`); });
  await page.goto(`${apache.origin}${FOLDER}check.html`);
  await page.locator('#check main h1').waitFor({ timeout: 20000 });
  assert.deepEqual(problems, [], 'no page error and no failed request');
  await context.close();
});

test('Apache sends every file with the README\'s Cache-Control, its type, and br or gzip when asked', async () => {
  const rows = await checkHeaders(apache.origin, ['br', 'gzip']);
  console.log(`Apache, ${FOLDER} of ${apache.origin}:`);
  console.table(rows);
  assert.doesNotMatch(apache.logs(), /\[\w*:(error|crit|alert|emerg)\]/, 'no error in Apache\'s log');
});

test('nginx accepts the snippet and serves the files the same way (gzip)', async () => {
  const port = await freePort();
  const dir = join(work, 'nginx');
  mkdirSync(dir);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${dir}/${kind};`);
  writeFileSync(join(dir, 'nginx.conf'), [
    'daemon off;',
    'master_process off;',
    `pid ${dir}/nginx.pid;`,
    'error_log stderr warn;',
    'events {}',
    'http {',
    '  access_log off;',
    ...temp,
    '  server {',
    `    listen 127.0.0.1:${port};`,
    `    location ${FOLDER} {`,
    `      root ${work}/htdocs;`,
    `      include ${site}nginx-recap-widget.conf;`,
    '    }',
    '  }',
    '}',
    '',
  ].join('\n'));
  const args = ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', 'stderr'];
  const verdict = execFileSync('/usr/sbin/nginx', ['-t', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  assert.equal(verdict, '', 'nginx -t prints nothing on stdout');
  const nginx = await startServer('/usr/sbin/nginx', args, `http://127.0.0.1:${port}`, join(dir, 'none.log'));
  try {
    const rows = await checkHeaders(nginx.origin, ['gzip']);
    console.log(`nginx, ${FOLDER} of ${nginx.origin}:`);
    console.table(rows);
  } finally {
    await nginx.stop();
  }
});
