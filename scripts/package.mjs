// The release archive for webmasters (`make release`, after a clean release
// build): release/recap-widget-<version>.zip, to be unpacked into a folder
// of the web server as it is.
//
// It holds dist/ (the widget, the standalone page and the editors' check
// page, with the shipped recap as the example and the schema; not
// dist/share/, whose absolute URLs name the build's base) and, beside each
// script, stylesheet, page, wasm and JSON file, its Brotli (.br) and gzip
// (.gz) twin, which the server configuration hands to browsers that accept
// them; the server configuration (deploy/htaccess as .htaccess, the nginx
// snippet); LIESMICH.md; CHANGELOG.md; the licenses and the third-party
// notices (cargo-about, about.toml); SHA256SUMS of all of it.
//
// The same commit gives the same bytes: every entry is dated with the
// commit's time, entries are sorted, the ZIP writer (zip.mjs) adds nothing
// of this machine. Run twice, it writes the same file.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { packageVersion } from './version.mjs';
import { zip } from './zip.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const fail = (message) => {
  console.error(`package.mjs: ${message}`);
  process.exit(1);
};

const version = packageVersion();
if (!existsSync(join(DIST, 'recap-assets.json'))) fail('dist/ holds no release build: run `make release`');
if (!readFileSync(join(DIST, 'embed.js'), 'utf8').includes(`static version=${JSON.stringify(version)}`)) {
  fail(`dist/embed.js is not a release build of version ${version}: run \`make release\``);
}
if (!readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8').includes(`\n## [${version}] - `)) {
  fail(`CHANGELOG.md has no section "## [${version}] - DATE"`);
}
const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
const mtime = Number(git('log', '-1', '--format=%ct'));
if (git('status', '--porcelain', '--untracked-files=no')) {
  console.warn('package.mjs: the working tree has changes: this archive is not the commit\'s');
}

/** name -> bytes, the archive's files. */
const files = new Map();

// dist/ as the build wrote it, minus dist/share/ and the build's own list
// of hashed names (read by recap-render, of no use on a server).
const LEFT_OUT = new Set(['share', 'recap-assets.json']);
for (const name of readdirSync(DIST).sort()) {
  if (LEFT_OUT.has(name)) continue;
  if (!statSync(join(DIST, name)).isFile()) fail(`dist/${name} is a folder the archive does not expect`);
  files.set(name, readFileSync(join(DIST, name)));
}
// Precompressed twins of what browsers fetch, at the highest levels (a
// server compressing on the fly uses lower ones).
for (const [name, data] of [...files]) {
  if (!/\.(js|wasm|css|html|json)$/.test(name)) continue;
  files.set(`${name}.br`, brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  }));
  files.set(`${name}.gz`, gzipSync(data, { level: 9 }));
}

const text = (path) => readFileSync(join(ROOT, path));
files.set('.htaccess', text('deploy/htaccess'));
files.set('nginx-recap-widget.conf', text('deploy/nginx.conf'));
files.set('LIESMICH.md', text('deploy/LIESMICH.md'));
files.set('CHANGELOG.md', text('CHANGELOG.md'));
files.set('LICENSE-MIT', text('LICENSE-MIT'));
files.set('LICENSE-APACHE', text('LICENSE-APACHE'));
files.set('THIRD-PARTY-NOTICES.txt', thirdPartyNotices());

const sums = [...files].sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([name, data]) => `${createHash('sha256').update(data).digest('hex')}  ${name}\n`).join('');
files.set('SHA256SUMS', Buffer.from(sums));

const entries = [...files].map(([name, data]) => ({ name, data })).sort((a, b) => (a.name < b.name ? -1 : 1));
const archive = zip(entries, mtime);
mkdirSync(join(ROOT, 'release'), { recursive: true });
const out = join(ROOT, 'release', `recap-widget-${version}.zip`);
writeFileSync(out, archive);
console.log(`${out.slice(ROOT.length)}: ${entries.length} files, ${(archive.length / 1024).toFixed(1)} KB, `
  + `sha256 ${createHash('sha256').update(archive).digest('hex')}`);

/**
 * The notices of every crate compiled into the shipped wasm files, made by
 * cargo-about from the crates' own license files (about.toml, about.hbs).
 */
function thirdPartyNotices() {
  try {
    return execFileSync('cargo', ['about', 'generate', '--workspace', '--frozen', '--fail',
      '--config', 'about.toml', 'about.hbs'], { cwd: ROOT, maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
  } catch (error) {
    fail(`cargo about generate failed (${error.message.split('\n')[0]}); scripts/setup.sh installs it`);
  }
}
