PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test lint bench eval clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev,postgres,dask]"
	touch $(STAMP)

run: install
	$(BIN)/diplograph demo

test: install
	$(BIN)/ruff check src tests bench eval
	$(BIN)/mypy src/diplograph
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check src tests bench eval
	$(BIN)/ruff format --check src tests bench eval
	$(BIN)/mypy src/diplograph

bench: install
	$(BIN)/python bench/bench_ingest.py
	$(BIN)/python bench/bench_resolve.py
	$(BIN)/python bench/bench_store.py
	$(BIN)/python bench/bench_dask.py

eval: install
	$(BIN)/diplograph eval eval/gold/dev/gold.jsonl --corpus eval/gold/dev
	$(BIN)/diplograph eval eval/gold/dev2/gold.jsonl --corpus eval/gold/dev2
	$(BIN)/diplograph eval eval/gold/dev3/gold.jsonl --corpus eval/gold/dev3
	$(BIN)/diplograph eval eval/gold/dev4/gold.jsonl --corpus eval/gold/dev4
	$(BIN)/diplograph eval eval/gold/devsent/gold.jsonl --corpus eval/gold/devsent
	$(BIN)/diplograph eval eval/gold/devsent2/gold.jsonl --corpus eval/gold/devsent2
	$(BIN)/diplograph eval eval/gold/dev5/gold.jsonl --corpus eval/gold/dev5
	$(BIN)/diplograph eval eval/gold/dev6/gold.jsonl --corpus eval/gold/dev6
	$(BIN)/diplograph eval eval/gold/dev7/gold.jsonl --corpus eval/gold/dev7
	$(BIN)/diplograph eval eval/gold/dev8/gold.jsonl --corpus eval/gold/dev8
	$(BIN)/diplograph eval eval/gold/heldout/gold.jsonl --corpus eval/gold/heldout
	$(BIN)/diplograph eval eval/gold/fresh/gold.jsonl --corpus eval/gold/fresh
	$(BIN)/diplograph eval eval/gold/heldout2/gold.jsonl --corpus eval/gold/heldout2
	$(BIN)/diplograph eval eval/gold/sentences/gold.jsonl --corpus eval/gold/sentences
	$(BIN)/diplograph eval eval/gold/heldout3/gold.jsonl --corpus eval/gold/heldout3
	$(BIN)/diplograph eval-resolution tests/resolution_set.jsonl

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache
