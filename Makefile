# Two commands for a fresh machine: `make run` and `make test`. Both create the virtual
# environment and install the project into it first (once; again when pyproject.toml changes).

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test check pytest database wheel freeze deb clean translations

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The .qm catalogues the app loads, compiled from resources/translations/*.ts by
# pyside6-lrelease (again when a .ts is newer). packaging/update_translations.py refreshes the .ts.
translations: $(STAMP)
	$(PY) packaging/build_translations.py

# ARGS passes options to the window, e.g. make run ARGS="--lang en".
run: $(STAMP) translations
	$(PY) -m gui $(ARGS)

# Lint, types and the import contracts, then every test, headless.
test: check pytest

check: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

pytest: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

# Rebuild data/governance.db from the sources in data/.
database: $(STAMP)
	$(PY) -m gui data build

# The wheel (dist/bjgov-*.whl: the package with resources/ and the database inside it), and
# the one-folder application (dist/bjgov/, with Python inside; see packaging/README.md).
wheel: $(STAMP)
	$(PY) -m pip wheel --no-deps --no-build-isolation --wheel-dir dist .

freeze: $(STAMP) translations
	$(VENV)/bin/pyinstaller --noconfirm --distpath dist --workpath build packaging/bjgov.spec
	dist/bjgov/bjgov selftest

# The Debian package dist/bjgov_<version>_amd64.deb, from the one-folder application above (needs
# dpkg-deb; see packaging/README.md).
deb: freeze
	$(PY) packaging/build_deb.py dist/bjgov --output dist

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
	rm -f resources/translations/*.qm
