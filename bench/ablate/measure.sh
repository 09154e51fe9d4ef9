#!/usr/bin/env bash
# What each part of the widget costs in brotli bytes, measured by leaving it
# out. Every *.patch here removes one part:
#   parse-and-rules   reading the recap and its rules (`parse` refuses every file)
#   serde-json-alone  the rules and the nested types: serde_json reads only the
#                     top-level members as JSON text (what serde_json itself costs
#                     is the difference between these two)
#   carousel, filters, speaker-list   that component and its hooks
#   url-state         reading and writing the view in the URL
# The script builds HEAD and then HEAD with each patch, each in a throwaway
# git worktree, the way the size floor is built (release profile, then
# bench/release-wasm.sh), and prints the wasm + glue size and the difference
# to HEAD. The patches are measurements, never shipped code; one that no
# longer applies is reported.
#
# Usage: bench/ablate/measure.sh [NAME ...]   (default: every patch, and the
# table is written to bench/ablate/RESULTS.md)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CARGO_TARGET_DIR="$root/target/ablate"
work="$(mktemp -d)"
tree="$work/tree"
cleanup() {
  git -C "$root" worktree remove --force "$tree" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# Prints "WASM GLUE" (brotli bytes) of the tree at $tree.
measure() {
  # A patch leaves code unused: its warnings are noise, its errors are shown.
  if ! (cd "$tree" && cargo build --quiet --release --lib --target wasm32-unknown-unknown) \
    >"$work/build.log" 2>&1; then
    cat "$work/build.log" >&2
    return 1
  fi
  "$here/../release-wasm.sh" "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/recap_widget.wasm" \
    "$work/out" w
}

fresh_tree() {
  git -C "$root" worktree remove --force "$tree" 2>/dev/null || true
  git -C "$root" worktree add --quiet --detach "$tree" HEAD
}

if [ $# -gt 0 ]; then names=("$@"); else
  names=()
  for patch in "$here"/*.patch; do names+=("$(basename "$patch" .patch)"); done
fi

fresh_tree
sizes=$(measure)
read -r base_wasm base_glue <<<"$sizes"
kb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1024 }'; }
results="$here/RESULTS.md"
{
  echo "# What each part costs (brotli)"
  echo
  echo "Measured $(date -u +%Y-%m-%d) on $(git -C "$root" rev-parse --short HEAD) by \`make size-ablation\`"
  echo "(bench/ablate/measure.sh): wasm and glue as the release builds them, each"
  echo "build HEAD with one patch applied. embed.js and the stylesheet are not in"
  echo "these figures; \`make size\` reports the whole download."
  echo
  echo "| left out | wasm KB | glue KB | total KB | saves KB |"
  echo "| --- | ---: | ---: | ---: | ---: |"
  echo "| nothing (HEAD) | $(kb "$base_wasm") | $(kb "$base_glue") | $(kb $((base_wasm + base_glue))) | |"
} >"$work/results.md"
cat "$work/results.md"
for name in "${names[@]}"; do
  fresh_tree
  if ! git -C "$tree" apply "$here/$name.patch"; then
    echo "$name: the patch no longer applies to HEAD; update it" >&2
    continue
  fi
  sizes=$(measure)
  read -r wasm glue <<<"$sizes"
  row="| $name | $(kb "$wasm") | $(kb "$glue") | $(kb $((wasm + glue))) | $(kb $((base_wasm + base_glue - wasm - glue))) |"
  echo "$row" | tee -a "$work/results.md"
done
# Only a run of every patch replaces the recorded results.
if [ $# -eq 0 ]; then
  cp "$work/results.md" "$results"
  echo "written to ${results#"$root"/}"
fi
