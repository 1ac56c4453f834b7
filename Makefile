# `make run` opens the window; `make test` runs every test. Both set up .venv first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint format clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

run: $(STAMP)
	@sh scripts/system-deps.sh gui
	$(BIN)/smsgui $(ARGS)

test: $(STAMP)
	@sh scripts/system-deps.sh test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check smsgui tests benchmarks
	$(BIN)/ruff format --check smsgui tests benchmarks
	$(BIN)/mypy --strict smsgui/core

format: $(STAMP)
	$(BIN)/ruff format smsgui tests benchmarks
	$(BIN)/ruff check --fix smsgui tests benchmarks

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
