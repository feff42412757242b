# comet-catalog: two commands set everything up on a fresh machine.
#   make demo   create the virtualenv, install, scrape the two bundled snapshots in order into
#               data/demo/catalog.db (made afresh each time), serve it with Datasette
#   make test   the whole test suite (what CI runs)
# the catalog command is then .venv/bin/catalog (or `source .venv/bin/activate`)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8001
DB := data/catalog.db
DEMO_DB := data/demo/catalog.db
DEMO_BUILD := data/demo/build
# make site: the scraped catalog when there is one, else the demo's
SITE_DB = $(if $(wildcard $(DB)),$(DB),$(DEMO_DB))
# the demo's reference catalogs: small files of our own making in each format (data/references/)
DEMO_REFERENCES := --source cometapi=data/references/cometapi_models.json \
	--source litellm=data/references/litellm.json --source models.dev=data/references/models_dev.json \
	--source genai-prices=data/references/genai_prices.json \
	--source openrouter=data/references/openrouter.json

.PHONY: demo demo-db test install scrape serve site lint bench bench-setup clean browser docs \
	interop-setup cldr-tables

# one install even when two targets start together (make demo & make test): .ci/install-venv
# holds a lock; it also fetches the npm packages of site/vendor/ (charts, axe-core)
$(BIN)/catalog: pyproject.toml site/vendor/package.json site/vendor/package-lock.json
	PYTHON=$(PYTHON) VENV=$(VENV) bash .ci/install-venv
	@touch $@

# the package's bytecode, written beside its source (__pycache__/, ignored by git): an editable
# install has none, and where PYTHONDONTWRITEBYTECODE is set Python never writes it, so every
# process would compile the reader's source again (about 90 ms a reader process); a module
# edited since is compiled again here, and Python ignores a .pyc older than its source
install: $(BIN)/catalog
	@$(BIN)/python -m compileall -q scrapers catalog bench

# exit 1 (partial) still committed what it read; any other failure (2, 3, 64, 70, 130) stops make
scrape: install
	$(BIN)/catalog scrape --snapshot data/snapshot --db $(DB) || [ $$? -eq 1 ]

serve: install
	$(BIN)/catalog serve --db $(DB) --port $(PORT)

# the demo catalog: the first snapshot, then the later one (a price change, a retirement
# announced, a model added), so history, feeds and price changes have rows
# built in data/demo/build/ and renamed into place (catalog/publish/swap.py): a server still
# running on the previous catalog keeps it until the rename, then reads the new one
demo-db: install
	rm -rf $(DEMO_BUILD) && mkdir -p $(DEMO_BUILD)
	$(BIN)/catalog scrape --snapshot data/snapshot --db $(DEMO_BUILD)/catalog.db --no-progress
	$(BIN)/catalog scrape --snapshot data/snapshot-2026-11 --db $(DEMO_BUILD)/catalog.db --no-progress
	$(BIN)/catalog crosscheck --db $(DEMO_BUILD)/catalog.db $(DEMO_REFERENCES)
	$(BIN)/python -m catalog.publish.swap $(DEMO_BUILD)/catalog.db $(DEMO_DB)
	rm -rf $(DEMO_BUILD)

demo: demo-db
	$(BIN)/catalog serve --db $(DEMO_DB) --port $(PORT)

site: install
	@test -f $(SITE_DB) || { echo "make site: no catalog at $(DB) or $(DEMO_DB); run make demo-db or make scrape first" >&2; exit 2; }
	$(BIN)/catalog site --db $(SITE_DB) --out _site

browser:
	@if [ -f .ci/install-browser ]; then bash .ci/install-browser; fi

# what the tests need beyond Python packages (nginx for the bench test), so none is skipped
bench-setup: install
	bash bench/setup.sh

# LibreOffice for tests/test_interop.py (reads the CSV export as a spreadsheet would)
interop-setup:
	@bash .ci/install-libreoffice

test: install browser bench-setup interop-setup
	$(BIN)/ruff check .
	$(BIN)/pytest -q -n auto

lint: install
	$(BIN)/ruff check .

# make bench SCALES=1000,10000,100000 adds the 100,000-page scale (about 15 minutes, 23 GB of disk)
SCALES ?= 1000,10000
bench: install
	$(BIN)/python -m bench.run --scales $(SCALES) --write

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm _site \
		$(DEMO_BUILD) site/vendor/node_modules tests/artifacts

# docs/cli.md: every command's --help, written by cog between its markers (tests/test_docs.py
# fails when the page is out of date)
docs: install
	$(BIN)/cog -r docs/cli.md

# scrapers/reading/cldr_locales.jsonl and cldr_tables.json: what the reader takes from CLDR for
# each locale and its indexes over every locale, built from the installed Babel
# (tests/test_cldr_tables.py fails when a file is not what Babel gives)
cldr-tables: install
	$(BIN)/python -m scrapers.reading.cldr_tables
