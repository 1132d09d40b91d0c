# rumourmill: `make run` (set up + whole pipeline on the demo corpus), `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
export DO_NOT_TRACK := 1
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export GX_ANALYTICS_ENABLED := false

.PHONY: install run test eval bench clean

$(BIN)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[dev]'
	touch $@

install: $(BIN)/.installed

run: install
	$(BIN)/rumourmill run

test: install
	$(BIN)/python -m pytest -q

eval: install
	$(BIN)/python ../shared/eval/score_stories.py examples/gold/stories.jsonl --cli $(BIN)/rumourmill
	$(BIN)/python ../shared/eval/score_stories.py examples/gold/heldout.jsonl --cli $(BIN)/rumourmill
	$(BIN)/python ../shared/eval/score_time.py ../shared/eval/time/*.jsonl --cli $(BIN)/rumourmill
	$(BIN)/python ../shared/eval/score_sentences.py ../shared/eval/claims/*.jsonl --cli $(BIN)/rumourmill

bench: install
	$(BIN)/python scripts/bench_extract.py --articles 1000 20000 --out-json data/bench_extract.json
	$(BIN)/python scripts/bench_resolve.py --claims 100000 --evidence 20000
	$(BIN)/python scripts/bench_timex.py ../shared/eval/time/*.jsonl

clean:
	rm -rf $(VENV) data/*.duckdb* .pytest_cache
