// Where the widget's wasm bytes go, by crate (twiggy). The release wasm
// has no names, so this builds a named twin of it from the same cargo
// output: wasm-bindgen with --keep-debug, then wasm-opt with the settings
// index.html gives trunk plus -g (keep names). Its code is the release's
// code; twiggy attributes every function and data segment to a crate by
// its (demangled) name. Run after a release build (`make size`).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const input = 'target/wasm32-unknown-unknown/release/recap_widget.wasm';
if (!existsSync(input)) {
  console.error(`${input} is missing: run a release build first (make build)`);
  process.exit(2);
}
const out = mkdtempSync(join(tmpdir(), 'recap-size-'));
const run = (command, args) => execFileSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--keep-debug', '--out-dir', out, '--out-name', 'named', input]);
const settings = readFileSync('index.html', 'utf8').match(/data-wasm-opt="([^"]+)" data-wasm-opt-params="([^"]+)"/);
if (!settings) throw new Error('index.html has no data-wasm-opt settings');
const named = join(out, 'named.wasm');
run('wasm-opt', [`-O${settings[1]}`, '-g', ...settings[2].split(' '), join(out, 'named_bg.wasm'), '-o', named]);

const items = JSON.parse(run('twiggy', ['top', '-n', '100000', '--format', 'json', named]));
// The crate of a demangled Rust name: the first `crate::` (or
// `crate[hash]::`) in it, so `<f64 as core::fmt::Display>::fmt` is core's.
// A component's view is generic code of Yew's made for that component:
// it counts as the widget's.
const crateOf = (name) => {
  if (name.startsWith('data segment') || name.startsWith('data[')) return '(data: strings, tables)';
  if (name.includes('CompStateInner<COMP>') && name.includes('::view')) return 'recap_widget (component views)';
  if (/shim|^__wbg|^__wbindgen|^import /.test(name)) return 'wasm_bindgen (imports, shims)';
  const match = name.match(/([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::/);
  if (!match) return /^(code|elem|type|global|table|import|export)\[/.test(name) ? '(unnamed code, tables)' : '(exports)';
  const crate = match[1];
  return ['core', 'alloc', 'std'].includes(crate) ? `${crate} (Rust's library)` : crate;
};
// The named twin's own name section is not in the release.
const counted = items.filter(({ name }) => !name.includes('"function names"') && !name.startsWith('custom section'));
const byCrate = new Map();
let total = 0;
for (const { name, shallow_size: size } of counted) {
  total += size;
  const crate = crateOf(name);
  byCrate.set(crate, (byCrate.get(crate) ?? 0) + size);
}
const rows = [...byCrate].sort((a, b) => b[1] - a[1]);
console.log(`\nThe widget's wasm by crate (twiggy, raw bytes of the named twin; brotli shrinks each about 3x)`);
console.log(`${'crate'.padEnd(34)}${'KB'.padStart(8)}${'share'.padStart(8)}`);
for (const [crate, size] of rows) {
  console.log(`${crate.padEnd(34)}${(size / 1024).toFixed(1).padStart(8)}${`${(100 * size / total).toFixed(1)}%`.padStart(8)}`);
}
console.log(`${'total'.padEnd(34)}${(total / 1024).toFixed(1).padStart(8)}`);
console.log(`\nThe 15 largest items:`);
for (const { name, shallow_size: size } of counted.slice(0, 15)) {
  console.log(`${(size / 1024).toFixed(1).padStart(7)} KB  ${name.length > 110 ? `${name.slice(0, 107)}...` : name}`);
}
