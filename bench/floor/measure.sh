#!/usr/bin/env bash
# Builds bench/floor (the smallest Yew app, see src/lib.rs) exactly the way the
# widget is built (release profile, wasm-bindgen, wasm-opt with index.html's
# parameters, esbuild for the glue) and prints its brotli size: the part of
# SPEC's 80 KB budget that the stack takes before the widget's own code.
set -euo pipefail
cd "$(dirname "$0")"
root="$(cd ../.. && pwd)"
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
cargo build --quiet --release --target wasm32-unknown-unknown
out="$PWD/target/floor"
rm -rf "$out"
wasm-bindgen --target web --no-typescript --out-name floor --out-dir "$out" \
  target/wasm32-unknown-unknown/release/yew_floor.wasm
wasm-opt -Oz --converge --strip-producers --strip-target-features \
  --enable-reference-types --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-multivalue \
  "$out/floor_bg.wasm" -o "$out/floor_bg.wasm"
(cd "$root" && node --input-type=module -e "
  import { readFileSync, writeFileSync } from 'node:fs';
  import { transformSync } from 'esbuild';
  const file = '$out/floor.js';
  writeFileSync(file, transformSync(readFileSync(file, 'utf8'), { loader: 'js', minify: true, format: 'esm', legalComments: 'none' }).code);
")
wasm=$(brotli -c -q 11 "$out/floor_bg.wasm" | wc -c)
glue=$(brotli -c -q 11 "$out/floor.js" | wc -c)
awk -v w="$wasm" -v g="$glue" 'BEGIN { printf "Yew floor, brotli: wasm %.1f KB + glue %.1f KB = %.1f KB of the 80 KB budget\n", w/1024, g/1024, (w+g)/1024 }'
