# comet-catalog: two commands set everything up on a fresh machine.
#   make demo   create the virtualenv, install, scrape the bundled snapshot, serve it with Datasette
#   make test   the whole test suite (what CI runs)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8001
DB := data/catalog.db

.PHONY: demo test install scrape serve site lint bench clean browser

$(BIN)/catalog: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $@

install: $(BIN)/catalog

# exit 1 (partial) still committed what it read; any other failure (2, 3, 64, 70, 130) stops make
scrape: install
	$(BIN)/catalog scrape --snapshot data/snapshot --db $(DB) || [ $$? -eq 1 ]

serve: install
	$(BIN)/catalog serve --db $(DB) --port $(PORT)

demo: scrape serve

site: install
	$(BIN)/catalog site --db $(DB) --out _site

browser:
	@if [ -f .ci/install-browser ]; then bash .ci/install-browser; fi

test: install browser
	$(BIN)/ruff check .
	$(BIN)/pytest -q

lint: install
	$(BIN)/ruff check .

# make bench SCALES=1000,10000,100000 adds the 100,000-page scale (about an hour, 20 GB of disk)
SCALES ?= 1000,10000
bench: install
	$(BIN)/python -m bench.run --scales $(SCALES)

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm _site
