# make demo  - set up, migrate an SQLite database, load Tinghu and Yandu, serve GraphiQL
# make test  - set up, lint, type-check, and run the whole suite on SQLite and PostgreSQL
# make bench - benchmark at district scale (see BENCHMARKS.md)
# make lock  - re-resolve constraints.txt (LOCK_ARGS=--upgrade to move every pin forward)
# make frontend - Node packages of examples/frontend (npm ci) and Debian's chromium, for the front-end tests
# make docs  - regenerate docs/plugin-api.md from the code
# make generate - regenerate every committed file derived from the code (SDL, API reference, typed front-end code)

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
BENCH_ARGS ?=
DEMO_DB := sqlite+aiosqlite:///demo.sqlite3
THIRD_PARTY := examples/third_party/gridgov-warm-stations
# Every install, build requirements included, takes the versions pinned here.
CONSTRAINTS := constraints.txt
PIP_INSTALL = $(BIN)/pip install --quiet --constraint $(CONSTRAINTS) --build-constraint $(CONSTRAINTS)
LOCK_ARGS ?=
FRONTEND := examples/frontend
NODE_STAMP := $(FRONTEND)/node_modules/.installed-stamp
CHROMIUM := /usr/bin/chromium

.PHONY: demo test lint schema docs generate bench bench-bulk lock clean frontend chromium

# Reinstall when our metadata, the pins, how we install or any file of the example third-party package change.
$(STAMP): pyproject.toml $(CONSTRAINTS) Makefile $(shell find $(THIRD_PARTY) -type f -not -path '*/build/*' -not -name '*.egg-info' -not -path '*.egg-info/*' -not -path '*/__pycache__/*' 2>/dev/null)
	$(PYTHON) -m venv $(VENV)
	@# setuptools too, so builds without isolation (the scaffold's tests install plugins so) use the pinned one.
	$(BIN)/pip install --quiet --constraint $(CONSTRAINTS) pip setuptools
	@# compat: a plain path in a .pth file, which mypy follows (it cannot follow the default import hook),
	@# so a standalone plugin's mypy finds core.
	$(PIP_INSTALL) -e ".[dev]" --config-settings editable_mode=compat
	if [ -d $(THIRD_PARTY) ]; then $(PIP_INSTALL) $(THIRD_PARTY); fi
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/gridgov --database $(DEMO_DB) db upgrade
	$(BIN)/gridgov --database $(DEMO_DB) load-example tinghu
	$(BIN)/gridgov --database $(DEMO_DB) load-example yandu
	@# A city administrator (both districts); a run on an existing demo.sqlite3 gets a new token.
	$(BIN)/gridgov --database $(DEMO_DB) users create demo-admin --role city_admin --exists-ok
	@echo "GraphiQL: http://127.0.0.1:8000/districts/320902/graphql (Tinghu), .../320903/graphql (Yandu)"
	@echo "Paste the JSON after 'GraphiQL headers:' above into GraphiQL's Headers pane; the browser keeps it."
	$(BIN)/gridgov --database $(DEMO_DB) serve --host 127.0.0.1 --port 8000

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: lint frontend
	$(BIN)/pytest -q
	.ci/with-postgres $(BIN)/pytest -q

# The pinned packages of package-lock.json, reinstalled only when it changes.
$(NODE_STAMP): $(FRONTEND)/package-lock.json
	cd $(FRONTEND) && npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

# Playwright drives Debian's chromium (never a browser download). Installed when missing
# and run as root; otherwise the browser tests fail and say what is missing.
chromium:
	@if [ ! -x $(CHROMIUM) ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) \
			|| echo "*** WARNING: could not install chromium: the browser tests will fail ***"; \
		else \
			echo "*** WARNING: $(CHROMIUM) is missing; run 'apt-get install chromium' as root, or the browser tests fail ***"; \
		fi; \
	fi

frontend: $(NODE_STAMP) chromium

# Its own throwaway PostgreSQL; rewrites BENCHMARKS.md. Smaller: make bench BENCH_ARGS="--scale 0.1"
bench: $(STAMP)
	.ci/with-postgres $(BIN)/python -m tests.bench.run $(BENCH_ARGS)

# Registers: gridgov export/import rows per second and peak memory, into BENCHMARKS.md's
# registers section. Smaller: make bench-bulk BENCH_ARGS="--scale 0.05"
bench-bulk: $(STAMP)
	.ci/with-postgres $(BIN)/python -m tests.bench.bulk $(BENCH_ARGS)

# Resolves every extra for Python 3.11+ on any platform, keeping current pins unless
# LOCK_ARGS says otherwise (--upgrade, --upgrade-package NAME); pip and the build
# backend are pinned too.
lock: $(STAMP)
	$(PIP_INSTALL) uv
	printf 'pip\nsetuptools>=77\n' | $(BIN)/uv pip compile --quiet pyproject.toml - \
		--all-extras --universal --python-version 3.11 \
		--custom-compile-command "make lock" -o $(CONSTRAINTS) $(LOCK_ARGS)

schema: $(STAMP)
	$(BIN)/gridgov export-schema
	@# The example third-party plugin's committed SDL (its own test compares it with the code).
	if [ -d $(THIRD_PARTY) ]; then $(BIN)/gridgov export-schema --plugin warm_stations --out $(THIRD_PARTY)/schema; fi

# docs/plugin-api.md, generated from the code (a test fails while it is stale).
docs: $(STAMP)
	$(BIN)/python -m core.apidoc

# Everything committed that the code determines, each checked by a test: schema/, the API
# reference, the example districts' SDL and the typed operations and dashboard built on it.
GENERATE_DB := .tmp/generate.sqlite3
generate: schema docs $(NODE_STAMP)
	mkdir -p .tmp && rm -f $(GENERATE_DB)
	$(BIN)/gridgov --database sqlite+aiosqlite:///$(GENERATE_DB) db upgrade >/dev/null
	for name in tinghu yandu; do \
		$(BIN)/gridgov --database sqlite+aiosqlite:///$(GENERATE_DB) load-example $$name --scale 0.01 >/dev/null || exit 1; \
	done
	for code in 320902 320903; do \
		$(BIN)/gridgov --database sqlite+aiosqlite:///$(GENERATE_DB) export-schema --district $$code \
			--out $(FRONTEND)/schema/$$code.graphql || exit 1; \
	done
	rm -f $(GENERATE_DB)
	cd $(FRONTEND) && npm run --silent codegen && npm run --silent build

clean:
	rm -rf $(VENV) demo.sqlite3* .mypy_cache .ruff_cache $(FRONTEND)/node_modules
