// Minifies JavaScript and CSS with esbuild: it keeps the syntax as written
// (no `target`) and the exported names; it renames everything else and
// drops whitespace and comments. Each script starts with V8's explicit
// compile hint (`//# allFunctionsCalledOnLoad`): Chromium then compiles its
// functions with the script, off the main thread, instead of one by one on
// their first call, which a visitor's first filter click paid for (about 0.8 ms).
//
// The release hook (scripts/release.mjs) uses it; `node scripts/minify.mjs
// FILE...` minifies the files given (bench/floor/measure.sh builds the size
// floor with it).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export async function minify(paths) {
  const { transformSync } = await import('esbuild');
  for (const path of paths) {
    const loader = path.endsWith('.css') ? 'css' : 'js';
    const { code } = transformSync(readFileSync(path, 'utf8'), {
      loader, minify: true, format: loader === 'js' ? 'esm' : undefined, legalComments: 'none',
      banner: loader === 'js' ? '//# allFunctionsCalledOnLoad' : undefined,
    });
    writeFileSync(path, code);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = process.argv.slice(2);
  if (files.length === 0) throw new Error('usage: node scripts/minify.mjs FILE...');
  await minify(files);
}
