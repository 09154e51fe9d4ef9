// Trunk post-build hook: minifies what the visitor downloads besides the wasm
// (embed.js, the wasm-bindgen glue, the widget's stylesheet) in the staging
// folder of a release build. Trunk's own minifier cannot parse the glue;
// esbuild can, and only renames locals and drops whitespace and comments.
// Debug builds stay readable.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('minify.mjs runs as a trunk hook (TRUNK_STAGING_DIR is not set)');

if (process.env.TRUNK_PROFILE === 'release') {
  for (const [file, loader] of [['embed.js', 'js'], ['recap-widget.js', 'js'], ['widget.css', 'css']]) {
    const path = join(staging, file);
    const source = readFileSync(path, 'utf8');
    // No `target`: the syntax is kept as written (the widget targets current browsers).
    const { code } = transformSync(source, { loader, minify: true, format: loader === 'js' ? 'esm' : undefined, legalComments: 'none' });
    writeFileSync(path, code);
  }
}
