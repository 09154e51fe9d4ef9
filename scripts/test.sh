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
cargo clippy --quiet --all-targets -- -D warnings
cargo clippy --quiet --target wasm32-unknown-unknown --lib -- -D warnings

step "native tests (rules, view state, fidelity, checker)"
cargo test --quiet

step "JSON Schema tests"
node --test tests/node/

step "browser component tests (wasm-bindgen-test, headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --target wasm32-unknown-unknown --test components

step "release build"
trunk build --release --offline

step "size report"
# SPEC's budget is 80 KB brotli; the build is not there yet (issue 6), so this
# gate is a regression ceiling on today's measured size, not the budget.
node scripts/size.mjs --ceiling-kb 119

step "end-to-end suite against dist/ (headless Chromium)"
node --test --test-concurrency=1 tests/e2e/
