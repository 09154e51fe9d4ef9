#!/usr/bin/env bash
# Builds bench/floor (the smallest Yew app, see src/lib.rs) exactly the way the
# widget is built (release profile, wasm-bindgen, wasm-opt with index.html's
# parameters, esbuild for the glue) and prints its brotli size: the part of
# SPEC's 119 KB limit that the stack takes before the widget's own code.
set -euo pipefail
cd "$(dirname "$0")"
root="$(cd ../.. && pwd)"
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
cargo build --quiet --release --target wasm32-unknown-unknown
out="$PWD/target/floor"
rm -rf "$out"
wasm-bindgen --target web --no-typescript --out-name floor --out-dir "$out" \
  target/wasm32-unknown-unknown/release/yew_floor.wasm
# index.html's wasm-opt level and parameters, as trunk passes them.
level=$(sed -n 's/.*data-wasm-opt="\([^"]*\)".*/\1/p' "$root/index.html")
params=$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' "$root/index.html")
# shellcheck disable=SC2086 # the parameters are words
wasm-opt "-O$level" $params \
  --enable-reference-types --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-multivalue \
  "$out/floor_bg.wasm" -o "$out/floor_bg.wasm"
node "$root/scripts/minify.mjs" "$out/floor.js"
wasm=$(brotli -c -q 11 "$out/floor_bg.wasm" | wc -c)
glue=$(brotli -c -q 11 "$out/floor.js" | wc -c)
awk -v w="$wasm" -v g="$glue" 'BEGIN { printf "Yew floor, brotli: wasm %.1f KB + glue %.1f KB = %.1f KB of the 119 KB limit\n", w/1024, g/1024, (w+g)/1024 }'
