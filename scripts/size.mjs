// Size report of what a visitor downloads except the recap and photos:
// embed.js and the files it loads (the JS glue, the .wasm and the
// stylesheet, named in dist/recap-assets.json), raw, gzip and brotli. The
// editors' check page is reported apart: visitors never download it.
//
// The limit: at most 157 KB brotli for all of these together (the editors'
// tools never add to them); CI fails above a regression ceiling kept 2–3 KB
// over the measured size (`--ceiling-kb N`, set in scripts/test.sh).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const LIMIT_KB = 157;
const dist = new URL('../dist/', import.meta.url);
if (!existsSync(new URL('recap-assets.json', dist))) {
  console.error('dist/ holds no release: run `make build` first');
  process.exit(2);
}
const assets = JSON.parse(readFileSync(new URL('recap-assets.json', dist), 'utf8'));
const widget = ['embed.js', assets.glue, assets.wasm, assets.stylesheet];
const check = readdirSync(dist).filter((name) => /^check([.-].*)?\.(js|wasm|css)$/.test(name)).sort();

const measure = (name) => {
  const data = readFileSync(new URL(name, dist));
  return {
    name,
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }).length,
  };
};
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const table = (title, names) => {
  const rows = names.map(measure);
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  console.log(`\n${title}\n${'file'.padEnd(40)}${'raw KB'.padStart(8)}${'gzip KB'.padStart(9)}${'brotli KB'.padStart(10)}`);
  for (const r of [...rows, { name: 'total', ...total }]) {
    console.log(`${r.name.padEnd(40)}${kb(r.raw)}${kb(r.gzip).padStart(9)}${kb(r.brotli).padStart(10)}`);
  }
  return total;
};

const total = table('The widget (what a visitor downloads, recap and photos aside)', widget);
const used = total.brotli / 1024;
console.log(`limit: at most ${LIMIT_KB} KB brotli; this build: ${used.toFixed(1)} KB`
  + (used > LIMIT_KB ? ` (over the limit by ${(used - LIMIT_KB).toFixed(1)} KB)` : ''));
if (check.length > 0) table("The editors' check page (check.html only; visitors never load it)", check);

// --ceiling-kb N: fail when the widget grows past N KB (a regression guard).
const ceilingAt = process.argv.indexOf('--ceiling-kb');
if (ceilingAt > 0) {
  const ceiling = Number(process.argv[ceilingAt + 1]);
  if (used > ceiling) {
    console.error(`the widget grew past the ${ceiling} KB regression ceiling`);
    process.exit(1);
  }
  console.log(`regression ceiling: ${ceiling} KB (${(ceiling - used).toFixed(1)} KB left)`);
}
