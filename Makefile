# Retort: `make run` renders the tour notebook, `make test` installs, builds and tests.
# Everything here works on a fresh machine with only the Swift toolchain: the Debian
# packages Retort needs are installed first (through sudo when not root).

SWIFT       ?= swift
BUILD_FLAGS ?= -c release -Xswiftc -enable-testing
DEB_PACKAGES = libopenblas-dev libreadline-dev libcairo2-dev libcmark-gfm-dev \
               libcmark-gfm-extensions-dev zlib1g-dev fonts-dejavu-core dataset-fashion-mnist tmux
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SHELL := /bin/bash

.PHONY: deps build retort run notebooks test bench gallery report-preview api-reference accuracy fuzz clean

## deps: install the Debian packages that are missing (skipped when all are present)
deps:
	@missing=""; for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

## build: compile everything, tests included, in release mode (with testing enabled)
build: deps
	$(SWIFT) build $(BUILD_FLAGS) --build-tests

RETORT = $$($(SWIFT) build $(BUILD_FLAGS) --show-bin-path)/retort

## retort: build the retort command alone (what run and notebooks need)
retort: deps
	$(SWIFT) build $(BUILD_FLAGS) --product retort

## run: render the tour notebook to reports/00-tour.html (figures in Figures/00-tour/)
run: retort
	$(RETORT) render Notebooks/00-tour.md -o reports/00-tour.html

## notebooks: regenerate every notebook's report (reports/*.html) and figures (Figures/*/)
notebooks: retort
	$(RETORT) render Notebooks/00-tour.md -o reports/00-tour.html
	$(RETORT) render Notebooks/01-scaling-law.md -o reports/01-scaling-law.html
	$(RETORT) render Notebooks/02-evaluation-protocol.md -o reports/02-evaluation-protocol.html

## test: build and run every test; the last line sums up XCTest and Swift Testing ("N passed, N failed")
test: build
	@set -o pipefail; mkdir -p .build; \
	$(SWIFT) test $(BUILD_FLAGS) --skip-build 2>&1 | tee .build/test.log; status=$$?; \
	bash Tests/test-summary.sh .build/test.log; \
	exit $$status

## gallery: draw the Plotting gallery into Figures/gallery/ (PNG + SVG, and data/ for the
## matplotlib peer: python3 Benchmarks/peers/matplotlib_gallery.py)
gallery: deps
	$(SWIFT) build $(BUILD_FLAGS) --product plot-gallery
	$$($(SWIFT) build $(BUILD_FLAGS) --show-bin-path)/plot-gallery Figures/gallery

## report-preview: render the language tour's HTML report and screenshot it with headless
## Chromium into Figures/report-preview.png (installs Debian's chromium when missing)
report-preview: deps
	@command -v chromium >/dev/null || (DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium)
	RETORT_REPORT_PREVIEW=.build/report-preview/report.html $(SWIFT) test $(BUILD_FLAGS) \
	  --filter HTMLReportTests.testTheLanguageTourReportHasEveryPart
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,3000 \
	  --screenshot=Figures/report-preview.png file://$(CURDIR)/.build/report-preview/report.html

## bench: time every workload of retort-bench against its peer (PyTorch, scikit-learn, openTSNE,
## CPython, matplotlib), alternating A B A B; BENCH_ROUNDS=N (default 5) and BENCH_ONLY=name,name
## narrow it. Writes Benchmarks/results/latest.json; `python3 Benchmarks/bench.py --readme` puts
## the table into README.md. The peers live in a virtual environment, Benchmarks/.venv.
BENCH_VENV = Benchmarks/.venv
bench: deps $(BENCH_VENV)/installed
	$(SWIFT) build $(BUILD_FLAGS) --product retort-bench
	python3 Benchmarks/bench.py --bin "$$($(SWIFT) build $(BUILD_FLAGS) --show-bin-path)"

# A CPU-only torch wheel is used when one is at hand in /opt/wheels (no CUDA libraries to fetch).
$(BENCH_VENV)/installed: Benchmarks/peers/requirements.txt
	python3 -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/pip install -q $$(ls /opt/wheels/torch-*+cpu-*.whl 2>/dev/null | tail -1) -r $<
	touch $@

## api-reference: regenerate the README's API reference from the Prelude's registry
api-reference: retort
	$(RETORT) reference --update README.md

## accuracy: the accuracy experiments of NeuralNet (long; resumable; ACCURACY_ONLY=name runs one)
accuracy: deps
	$(SWIFT) build $(BUILD_FLAGS) --product accuracy-experiments
	ACCURACY_ONLY=$(ACCURACY_ONLY) $$($(SWIFT) build $(BUILD_FLAGS) --show-bin-path)/accuracy-experiments

## fuzz: build the libFuzzer target over the cell language's lexer and parser (its own build
## folder; coverage, address and leak sanitizers; libFuzzer's driver started from the target's
## own main) and run it for FUZZ_SECONDS on inputs of at most FUZZ_MAX_LEN bytes, seeded with the
## conformance files (the corpus it grows stays in .build/fuzz/corpus for the next run). Crashes, hangs
## (> 5 s) and leaks are written to .build/fuzz/artifacts/.
FUZZ_SECONDS ?= 600
FUZZ_MAX_LEN ?= 4096
FUZZ_DIR      = .build/fuzz
FUZZ_RUNTIME  = $(firstword $(wildcard $(dir $(realpath $(shell command -v $(SWIFT))))../lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-$(shell uname -m).a))
fuzz: deps
	@test -n "$(FUZZ_RUNTIME)" || (echo "libFuzzer (libclang_rt.fuzzer_no_main) not found next to $(SWIFT)"; exit 1)
	$(SWIFT) build -c release --scratch-path $(FUZZ_DIR) --product cell-fuzz -Xswiftc -DRETORT_FUZZ \
	  -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table \
	  -Xswiftc -enable-experimental-feature -Xswiftc Extern -Xlinker $(FUZZ_RUNTIME) -Xlinker -lstdc++
	mkdir -p $(FUZZ_DIR)/corpus $(FUZZ_DIR)/artifacts
	cp Tests/CellLanguageTests/Conformance/*.swift-cell $(FUZZ_DIR)/corpus/
	SWIFT_BACKTRACE=enable=no $(FUZZ_DIR)/release/cell-fuzz $(FUZZ_DIR)/corpus -dict=Tests/Fuzz/cell.dict \
	  -max_total_time=$(FUZZ_SECONDS) -timeout=5 -detect_leaks=1 -max_len=$(FUZZ_MAX_LEN) \
	  -artifact_prefix=$(FUZZ_DIR)/artifacts/ -print_final_stats=1

clean:
	rm -rf .build
