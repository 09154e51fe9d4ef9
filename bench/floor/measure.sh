#!/usr/bin/env bash
# Builds bench/floor (the smallest Yew app, see src/lib.rs) exactly the way the
# widget is built (release profile, then bench/release-wasm.sh) and prints its
# brotli size: the part of the widget's size limit (157 KB brotli for all a
# visitor downloads, recap and photos aside) that the stack takes before the
# widget's own code.
set -euo pipefail
cd "$(dirname "$0")"
root="$(cd ../.. && pwd)"
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
cargo build --quiet --release --target wasm32-unknown-unknown
sizes=$(../release-wasm.sh target/wasm32-unknown-unknown/release/yew_floor.wasm \
  "$PWD/target/floor" floor)
read -r wasm glue <<<"$sizes"
awk -v w="$wasm" -v g="$glue" 'BEGIN { printf "Yew floor, brotli: wasm %.1f KB + glue %.1f KB = %.1f KB of the 119 KB limit\n", w/1024, g/1024, (w+g)/1024 }'
