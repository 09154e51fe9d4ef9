// Size report: every file a visitor downloads except the recap and photos
// (embed.js, the JS glue, the .wasm, CSS), raw, gzip and brotli.
// `--check` fails when the brotli total is over the budget (SPEC section 5).
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const BUDGET = 80 * 1024;
const dist = new URL('../dist/', import.meta.url);
const files = readdirSync(dist)
  .filter((name) => /\.(js|wasm|css)$/.test(name))
  .filter((name) => name !== 'page.css') // the standalone page's own style, not part of the widget
  .sort();
if (files.length === 0) {
  console.error('dist/ holds no code: run `make build` first');
  process.exit(2);
}
const rows = files.map((name) => {
  const data = readFileSync(new URL(name, dist));
  return {
    name,
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }).length,
  };
});
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
console.log(`${'file'.padEnd(26)}${'raw KB'.padStart(8)}${'gzip KB'.padStart(9)}${'brotli KB'.padStart(10)}`);
for (const r of [...rows, { name: 'total', ...total }]) {
  console.log(`${r.name.padEnd(26)}${kb(r.raw)}${kb(r.gzip).padStart(9)}${kb(r.brotli).padStart(10)}`);
}
console.log(`budget: ${(BUDGET / 1024).toFixed(0)} KB brotli; used ${(100 * total.brotli / BUDGET).toFixed(0)}%`);
if (total.brotli > BUDGET) {
  console.log(`OVER BUDGET by ${((total.brotli - BUDGET) / 1024).toFixed(1)} KB brotli`);
}
if (process.argv.includes('--check') && total.brotli > BUDGET) process.exit(1);
// --ceiling-kb N: fail when the total grows past N KB (a regression guard).
const ceilingAt = process.argv.indexOf('--ceiling-kb');
if (ceilingAt > 0) {
  const ceiling = Number(process.argv[ceilingAt + 1]) * 1024;
  if (total.brotli > ceiling) {
    console.error(`size grew past the ${ceiling / 1024} KB regression ceiling`);
    process.exit(1);
  }
}
