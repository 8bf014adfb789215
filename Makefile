# Two commands a fresh machine needs: `make run` and `make test`. Everything else is optional.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
APP_STAMP := $(VENV)/.installed-app
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test lint bench dist translations clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(APP_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(APP_STAMP)

# Exit status 2 = the app said in one line why it cannot start (no display, missing
# libraries); make adds no "Error 2" line of its own to it.
run: $(APP_STAMP)
	@$(BIN)/musdesk || { status=$$?; [ $$status -eq 2 ] || exit $$status; }

test: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(TEST_STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

bench: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

dist: $(TEST_STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build build.spec

translations: $(TEST_STAMP)
	$(BIN)/python -m musdesk.ui.i18n_build

clean:
	rm -rf build dist .pytest_cache
