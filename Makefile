# The two commands of the README: `make site` builds public/, `make test` runs every test.
# Each installs the Debian packages it needs when they are missing.
# `make site BASE_URL=https://example.org/archive/` also writes sitemap.xml and feed.xml.

SWIFT ?= swift
BUILD_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev libopencc-dev pkg-config
TEST_PACKAGES := $(BUILD_PACKAGES) opencc

.PHONY: site test deps-build deps-test bench clean

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

bench:
	@echo "make bench: no benchmark yet (see the scale issue); nothing measured"

clean:
	rm -rf .build
