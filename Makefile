# `make run` opens the window; `make test` runs every test. Both set up .venv first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SOURCES := $(wildcard smsgui tests benchmarks scripts packaging)

.PHONY: run test lint format clean package package-check translations translations-update
TS := $(wildcard smsgui/resources/translations/*.ts)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

# The window's catalogues, compiled from the Qt Linguist sources (not kept in git).
translations: $(STAMP)
	@for ts in $(TS); do $(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; done

# Refresh the sources from the code after changing what the window says.
translations-update: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none smsgui/ui/*.py smsgui/core/*.py -ts $(TS)

run: $(STAMP) translations
	@sh scripts/system-deps.sh gui
	$(BIN)/smsgui $(ARGS)

test: $(STAMP) translations
	@sh scripts/system-deps.sh test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check $(SOURCES)
	$(BIN)/ruff format --check $(SOURCES)
	$(BIN)/mypy --strict smsgui/core

format: $(STAMP)
	$(BIN)/ruff format $(SOURCES)
	$(BIN)/ruff check --fix $(SOURCES)

# A one-folder program for this OS in dist/smsgui (PyInstaller), with the icon and,
# on Linux, the .desktop file and AppStream metainfo beside it.
package: $(STAMP) translations
	$(BIN)/python -m pip install --quiet --disable-pip-version-check 'pyinstaller>=6.10'
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/render_icons.py build/icons
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/smsgui.spec
	cp packaging/smsgui.desktop packaging/io.github.smsgui.metainfo.xml build/icons/smsgui.png \
		dist/smsgui/

# The built program answers --version and opens and closes its window offscreen.
package-check:
	dist/smsgui/smsgui --version
	QT_QPA_PLATFORM=offscreen SMSGUI_EXIT_AFTER_PAINT=1 SMSGUI_DATA_DIR="$$(mktemp -d)" \
		dist/smsgui/smsgui --demo

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
