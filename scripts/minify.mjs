// Trunk post-build hook: minifies what the visitor downloads besides the wasm
// (embed.js, the wasm-bindgen glue, the widget's stylesheet) in the staging
// folder of a release build. Trunk's own minifier cannot parse the glue;
// esbuild can. It keeps the syntax as written (no `target`) and the exported
// names; it renames everything else and drops whitespace and comments.
// Debug builds stay readable and do not need esbuild.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('minify.mjs runs as a trunk hook (TRUNK_STAGING_DIR is not set)');

if (process.env.TRUNK_PROFILE === 'release') {
  const { transformSync } = await import('esbuild');
  for (const [file, loader] of [['embed.js', 'js'], ['recap-widget.js', 'js'], ['widget.css', 'css']]) {
    const path = join(staging, file);
    const source = readFileSync(path, 'utf8');
    // No `target`: the syntax is kept as written (the widget targets current browsers).
    const { code } = transformSync(source, { loader, minify: true, format: loader === 'js' ? 'esm' : undefined, legalComments: 'none' });
    writeFileSync(path, code);
  }
}
