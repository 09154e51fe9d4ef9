#!/usr/bin/env bash
# Installs every tool the project needs on a fresh Debian machine with Rust:
# the wasm target, trunk, wasm-bindgen-cli (the version Cargo.lock pins),
# binaryen's wasm-opt and the test tools (npm), Chromium and its driver,
# Firefox ESR, WebKitGTK's WebDriver (with MiniBrowser) and Xvfb for the
# cross-engine suite, brotli, tesseract-ocr (the share cards' OCR test);
# unzip, Apache httpd, nginx and cargo-about for the release archive.
# Idempotent: whatever is already there at the right version is kept.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# The toolchain rust-toolchain.toml names (rustup does not install it by
# itself here: RUSTUP_AUTO_INSTALL=0), with its wasm target and components.
TOOLCHAIN=$(sed -n 's/^channel = "\(.*\)"/\1/p' rust-toolchain.toml)
if ! rustup toolchain list | grep -q "^$TOOLCHAIN-"; then
  say "installing the Rust toolchain $TOOLCHAIN"
  rustup toolchain install "$TOOLCHAIN" --profile minimal --component clippy,rustfmt --target wasm32-unknown-unknown
fi
if ! rustup +"$TOOLCHAIN" target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding rust target wasm32-unknown-unknown"
  rustup +"$TOOLCHAIN" target add wasm32-unknown-unknown
fi
for component in clippy rustfmt; do
  if ! rustup +"$TOOLCHAIN" component list --installed | grep -q "^$component"; then
    rustup +"$TOOLCHAIN" component add "$component"
  fi
done

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v chromedriver >/dev/null || need_apt+=(chromium-driver)
command -v brotli >/dev/null || need_apt+=(brotli)
# The cross-engine end-to-end suite (tests/engines/): Firefox is driven over
# WebDriver BiDi (no geckodriver), WebKitGTK's MiniBrowser through
# WebKitWebDriver in a virtual X server.
command -v firefox-esr >/dev/null || need_apt+=(firefox-esr)
command -v WebKitWebDriver >/dev/null || need_apt+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null || need_apt+=(xvfb)
# The release archive's test (tests/release/): unpacked with unzip into a
# real Apache httpd (apache2-bin: the server and its modules, without the
# system service on port 80), and served by nginx with its snippet.
command -v unzip >/dev/null || need_apt+=(unzip)
[ -x /usr/sbin/apache2 ] || need_apt+=(apache2-bin)
[ -x /usr/sbin/nginx ] || need_apt+=(nginx)
# The share cards' end-to-end test reads a speaker's name back with OCR.
command -v tesseract >/dev/null || need_apt+=(tesseract-ocr)
if [ ${#need_apt[@]} -gt 0 ]; then
  say "installing Debian packages: ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

TRUNK_VERSION=0.21.14
if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (takes a few minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must match the library version in Cargo.lock exactly.
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WB_VERSION\$"; then
  say "installing wasm-bindgen-cli $WB_VERSION"
  cargo install wasm-bindgen-cli --version "$WB_VERSION"
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/esbuild ] \
   || [ ! -d node_modules/puppeteer-core ] || [ ! -d node_modules/selenium-webdriver ] \
   || [ package.json -nt node_modules/.package-lock.json ]; then
  say "installing npm tools (binaryen, esbuild, playwright-core, puppeteer-core, selenium-webdriver, axe-core)"
  npm ci --no-audit --no-fund --loglevel=error
fi
# The third-party notices of the release archive (make release, about.toml).
ABOUT_VERSION=0.9.3
if ! cargo about --version 2>/dev/null | grep -q " $ABOUT_VERSION\$"; then
  say "installing cargo-about $ABOUT_VERSION (takes a few minutes)"
  cargo install cargo-about --version "$ABOUT_VERSION" --locked
fi

# The crates, so that the Makefile can map their folder out of the build.
cargo fetch --locked --quiet
say "tools ready"
