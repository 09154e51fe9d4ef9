# The two commands of the README, and the pieces they are made of.
# Tools are installed by scripts/setup.sh (idempotent), wasm-opt comes from
# node_modules/.bin, and trunk never downloads anything (--offline).

export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_OFFLINE := true
# The wasm names source files in its panic locations: short paths instead of
# this machine's toolchain and registry folders, so the build is the same on
# every machine (and 2.5 KB smaller). The registry part is expanded when a
# recipe runs, after setup has fetched the crates. (make 4.3 runs $(shell)
# without the exported PATH, hence PATH= there.)
RUST_SRC := $(shell PATH='$(PATH)' rustc --print sysroot 2>/dev/null)/lib/rustlib/src/rust
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS = --remap-path-prefix=$(RUST_SRC)=rust \
  $(foreach dir,$(wildcard $(or $(CARGO_HOME),$(HOME)/.cargo)/registry/src/*),--remap-path-prefix=$(dir)=crates)

.PHONY: setup serve build test size size-floor bench clean

setup:
	@./scripts/setup.sh

## Sets everything up and serves the widget with the shipped recap on http://127.0.0.1:8080/
serve: setup
	trunk serve --release --offline

## Release build into dist/
build: setup
	trunk build --release --offline

## Every test the project has (native, schema, browser components, end to end, size budget)
test: setup
	@./scripts/test.sh

## Size report of everything a visitor downloads (raw, gzip, brotli)
size: build
	@node scripts/size.mjs

## What the stack alone takes of the size budget: the smallest Yew app, built like the widget
size-floor: setup
	@./bench/floor/measure.sh

## Benchmarks (not part of the test gate)
bench: build
	cargo bench --bench parse
	node bench/run.mjs

clean:
	rm -rf dist target/wasm32-unknown-unknown
