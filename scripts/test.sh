#!/usr/bin/env bash
# Runs every test of the project, fastest first. Called by `make test` (which
# installs the tools first) and by CI.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_OFFLINE=true
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format and lints"
cargo fmt --check
cargo clippy --quiet --workspace --all-targets -- -D warnings
cargo clippy --quiet --target wasm32-unknown-unknown --lib -- -D warnings
cargo clippy --quiet --target wasm32-unknown-unknown -p recap-check-page -- -D warnings

step "native tests (rules, view state, snapshot, checker, check page)"
cargo test --quiet --workspace

step "JSON Schema tests"
node --test tests/node/

step "browser component tests (wasm-bindgen-test, headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --target wasm32-unknown-unknown --test components --test hooks

step "release build"
trunk build --release --offline

step "size report"
# The owner's limit: at most 157 KB brotli for what a visitor downloads
# (embed.js, glue, wasm, CSS), a ceiling 2–3 KB over the size measured when
# it was set (154.7 KB on 2026-12-07). bench/ablate/ measures what each part
# costs (`make size-ablation`), `make size` where the bytes are by crate.
node scripts/size.mjs --ceiling-kb 157

step "release archive for webmasters (make release's packing, twice; Apache httpd, nginx)"
# The packing of `make release`, on the build above (make release itself
# builds from scratch first): twice, and the two archives are the same bytes.
node scripts/package.mjs
first=$(sha256sum release/recap-widget-*.zip)
node scripts/package.mjs
second=$(sha256sum release/recap-widget-*.zip)
if [ "$first" != "$second" ]; then
  printf 'the release archive differs between two packings:\n%s\n%s\n' "$first" "$second" >&2
  exit 1
fi
echo "same bytes twice: $first"
node --test --test-concurrency=1 tests/release/

step "end-to-end suite against dist/ (headless Chromium)"
node --test --test-concurrency=1 tests/e2e/

step "end-to-end in Firefox and WebKit (the cross-engine part, also in Chromium)"
# tests/engines/: each test written once, run per engine; an engine that is
# not installed, or a step it cannot express, is skipped with its reason.
node --test --test-concurrency=1 tests/engines/
