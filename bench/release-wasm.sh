#!/usr/bin/env bash
# The release's steps after cargo, for the size measurements in bench/: the
# wasm-bindgen glue, wasm-opt with the level and parameters that index.html
# gives trunk, and esbuild for the glue (scripts/minify.mjs). Prints the
# brotli sizes "WASM GLUE" in bytes.
#
# Usage: bench/release-wasm.sh CARGO_WASM OUT_DIR NAME
set -euo pipefail
input=$1 out=$2 name=$3
root="$(cd "$(dirname "$0")/.." && pwd)"
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
rm -rf "$out"
wasm-bindgen --target web --no-typescript --out-name "$name" --out-dir "$out" "$input"
level=$(sed -n 's/.*data-wasm-opt="\([^"]*\)".*/\1/p' "$root/index.html")
params=$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' "$root/index.html")
# shellcheck disable=SC2086 # the parameters are words
wasm-opt "-O$level" $params \
  --enable-reference-types --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-multivalue \
  "$out/${name}_bg.wasm" -o "$out/${name}_bg.wasm"
node "$root/scripts/minify.mjs" "$out/$name.js"
echo "$(brotli -c -q 11 "$out/${name}_bg.wasm" | wc -c) $(brotli -c -q 11 "$out/$name.js" | wc -c)"
