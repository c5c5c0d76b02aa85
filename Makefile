# Relief Explorer. `make run` opens the dashboard; `make test` runs every check;
# `make unit` runs only the fast unit tests; `make lock` re-pins the two lock files.
# Each creates .venv on first use and reuses it after; the stamp file means a second
# run installs nothing unless a lock file or pyproject.toml changed.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOCKS := requirements.lock requirements-dev.lock
# `make serve`: REPLICAS Streamlit processes behind Debian's nginx on SERVE_PORT.
REPLICAS ?= 2
SERVE_PORT ?= 8080

.PHONY: run test unit lint lock bench screenshots clean

$(STAMP): $(LOCKS) pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@# The venv starts with the system Python's pip and setuptools, which can be old and have
	@# known advisories (security review L9): bring both up first. setuptools stays below 81,
	@# which removed pkg_resources: textstat 0.7.3 imports it (78.1.1 has the last fix).
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip "setuptools>=78.1.1,<81"
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock -r requirements-dev.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/streamlit run dashboard/app.py --server.port 8501

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

# The unit tests of dashboard/: no app pages (tests/app/), no browser (tests/browser/).
unit: $(STAMP)
	$(BIN)/pytest -q --ignore=tests/app --ignore=tests/browser --ignore=tests/test_serve.py -m "not browser"

# requirements.lock pins the app's dependencies from pyproject.toml; requirements-dev.lock
# pins the dev set on top of it (-c keeps the shared pins equal). Existing pins are kept:
# to move one, edit pyproject.toml, or run pip-compile with --upgrade-package NAME.
# pip and setuptools stay unpinned (pip-compile's --no-allow-unsafe); the venv upgrades them.
PIP_COMPILE := CUSTOM_COMPILE_COMMAND="make lock" $(BIN)/pip-compile --quiet --no-allow-unsafe \
	--strip-extras --no-emit-options
lock: $(STAMP)
	$(PIP_COMPILE) --output-file requirements.lock pyproject.toml
	$(PIP_COMPILE) --extra dev --constraint requirements.lock --output-file requirements-dev.lock pyproject.toml

bench: $(STAMP)
	$(BIN)/python -m bench.run
	$(BIN)/python -m bench.load
	$(BIN)/python -m bench.noisy
	$(BIN)/python -m bench.summary

# Production on one machine: nginx in front of REPLICAS processes (deploy/, tools/serve.py).
# Ctrl-C or SIGTERM stops them all. Needs nginx: apt-get install nginx.
.PHONY: serve load
serve: $(STAMP)
	$(BIN)/python -m tools.serve --replicas $(REPLICAS) --port $(SERVE_PORT)

# The load and fault runs alone (the last step of `make bench`): sessions over the
# websocket through nginx, 1 and 2 processes, the app and a bare page.
load: $(STAMP)
	$(BIN)/python -m bench.load

screenshots: $(STAMP)
	$(BIN)/python -m tools.screenshots

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
