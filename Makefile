# Retort: `make run` renders the tour notebook, `make test` installs, builds and tests.
# Everything here works on a fresh machine with only the Swift toolchain: the Debian
# packages Retort needs are installed first (through sudo when not root).

SWIFT       ?= swift
BUILD_FLAGS ?= -c release -Xswiftc -enable-testing
DEB_PACKAGES = libopenblas-dev libreadline-dev libcairo2-dev libcmark-gfm-dev \
               libcmark-gfm-extensions-dev zlib1g-dev fonts-dejavu-core dataset-fashion-mnist tmux
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SHELL := /bin/bash

.PHONY: deps build retort run notebooks test bench gallery report-preview api-reference accuracy clean

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

clean:
	rm -rf .build
