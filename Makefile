# The commands the README names. Every target installs what it needs first.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Tests need some secret when a production variable (e.g. DATABASE_URL) turns DEBUG off.
TEST_ENV := DJANGO_SECRET_KEY=$${DJANGO_SECRET_KEY:-test-only-not-a-secret}
# One pytest-xdist worker per core, each with its own test database; a file's tests stay
# on one worker (module fixtures are built once). The 15 slowest tests are listed at the
# end of each run. `make test PYTEST_ARGS=tests/sellers` runs a part serially.
PYTEST_ARGS ?= -n auto --dist loadfile --durations=15

.PHONY: run test worker beat install install-test messages chromium fonts a11y-tools bench clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(PY)
	$(PIP) install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(PY)
	$(PIP) install --quiet -e ".[test]"
	touch $(VENV)/.installed $@

install: $(VENV)/.installed messages
install-test: $(VENV)/.installed-test messages

# Catalogs are compiled with Babel, so no system gettext is needed.
messages: | $(PY)
	@$(VENV)/bin/pybabel compile --statistics -d locale -D django 2>&1 | grep -v "^compiling" || true

run: install fonts
	$(PY) manage.py migrate --noinput -v0
	$(PY) manage.py seed_demo --if-empty
	$(PY) manage.py collectstatic --noinput -v0
	@echo "Serving on http://$(HOST):$(PORT)/"
	$(PY) manage.py runserver $(HOST):$(PORT)

chromium:
	@command -v chromium >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium >/dev/null; }

# Trade documents (WeasyPrint) need pango and fonts with Chinese, Japanese, Korean and
# Arabic glyphs.
# poppler-utils (pdftoppm) renders printed labels for the tests that decode their symbols.
PDF_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 fonts-noto-cjk fonts-noto-core poppler-utils
fonts:
	@dpkg -s $(PDF_PACKAGES) >/dev/null 2>&1 || { $(SUDO) apt-get install -y -qq $(PDF_PACKAGES) >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $(PDF_PACKAGES) >/dev/null; }; }

# The accessibility tests (tests/accessibility) run axe-core in Chromium and the Nu HTML
# checker on Java, both pinned by that folder's package-lock.json. npm runs no install
# script: vnu-jar's would download a Java runtime, and the system's is used instead.
A11Y := tests/accessibility
a11y-tools: $(A11Y)/node_modules/.installed
	@command -v java >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq default-jre-headless >/dev/null; }
$(A11Y)/node_modules/.installed: $(A11Y)/package-lock.json
	@command -v npm >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq nodejs npm >/dev/null; }
	npm ci --prefix $(A11Y) --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

test: install-test chromium fonts a11y-tools
	$(VENV)/bin/ruff check .
	$(TEST_ENV) $(VENV)/bin/pytest $(PYTEST_ARGS)

worker: install
	CELERY_BROKER_URL=$${CELERY_BROKER_URL:-redis://127.0.0.1:6379/0} \
	  $(VENV)/bin/celery -A marketplace worker --loglevel=INFO

beat: install
	CELERY_BROKER_URL=$${CELERY_BROKER_URL:-redis://127.0.0.1:6379/0} \
	  $(VENV)/bin/celery -A marketplace beat --loglevel=INFO

clean:
	rm -rf var
