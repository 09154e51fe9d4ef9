// Minifies what the visitor downloads besides the wasm: embed.js, the
// wasm-bindgen glue and the widget's stylesheet. Trunk's own minifier cannot
// parse the glue; esbuild can. It keeps the syntax as written (no `target`)
// and the exported names; it renames everything else and drops whitespace
// and comments. Each script starts with V8's explicit compile hint
// (`//# allFunctionsCalledOnLoad`): Chromium then compiles its functions with
// the script, off the main thread, instead of one by one on their first call,
// which a visitor's first filter click paid for (about 0.8 ms).
//
// As a trunk post-build hook (no arguments) it minifies those files in the
// staging folder of a release build; debug builds stay readable and do not
// need esbuild. `node scripts/minify.mjs FILE...` minifies the files given
// (bench/floor/measure.sh builds the size floor with it).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

async function minify(paths) {
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

const files = process.argv.slice(2);
if (files.length > 0) {
  await minify(files);
} else {
  const staging = process.env.TRUNK_STAGING_DIR;
  if (!staging) throw new Error('minify.mjs: give files, or run it as a trunk hook (TRUNK_STAGING_DIR is not set)');
  if (process.env.TRUNK_PROFILE === 'release') {
    await minify(['embed.js', 'recap-widget.js', 'widget.css'].map((file) => join(staging, file)));
  }
}
