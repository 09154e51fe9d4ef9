# The two commands of the README, and the pieces they are made of.
# Tools are installed by scripts/setup.sh (idempotent), wasm-opt comes from
# node_modules/.bin, and trunk never downloads anything (--offline).

export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_OFFLINE := true

.PHONY: setup serve build release test size size-floor size-ablation bench clean

setup:
	@./scripts/setup.sh

## Sets everything up and serves the widget with the shipped recap on http://127.0.0.1:8080/
serve: setup
	trunk serve --release --offline

## Release build into dist/, with dist/share/ (share pages and cards of the shipped recap; RECAP_BASE_URL)
build: setup
	trunk build --release --offline

## The archive for webmasters, release/recap-widget-<version>.zip, from a clean release build
release: setup
	rm -rf dist
	trunk build --release --offline
	node scripts/package.mjs

## Every test the project has (native, schema, browser components, end to end, size budget)
test: setup
	@./scripts/test.sh

## Size report of everything a visitor downloads (raw, gzip, brotli), and the wasm by crate (twiggy)
size: build
	@node scripts/size.mjs
	@command -v twiggy >/dev/null || cargo install twiggy --version 0.8.0 --locked
	@node scripts/size-by-crate.mjs

## What the stack alone takes of the size budget: the smallest Yew app, built like the widget
size-floor: setup
	@./bench/floor/measure.sh

## What each part of the widget costs (brotli), measured by building HEAD without it (bench/ablate/)
size-ablation: setup
	@./bench/ablate/measure.sh

## Benchmarks (not part of the test gate)
bench: build
	cargo bench --bench parse
	node bench/run.mjs

clean:
	rm -rf dist release target/wasm32-unknown-unknown
