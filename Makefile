# Bündnisportal. `make run` and `make test` work on a fresh machine with python3, make and git.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEV_ENV := DEBUG=true
HOST ?= 127.0.0.1:8000

.PHONY: run test lint format check lock bench clean

# The environment is rebuilt whenever a requirements file changes.
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

## bench: requests per second of the main pages, beside the same HTML as a static file
bench: $(VENV)/.installed
	$(BIN)/python bench/run.py

## check: lint, formatting and migrations, as CI runs them
check: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(DEV_ENV) $(BIN)/python manage.py makemigrations --check --dry-run

format: $(VENV)/.installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## lock: re-pin every dependency with hashes after editing requirements*.in
lock:
	$(PYTHON) -m venv .venv-lock
	.venv-lock/bin/pip install --quiet pip-tools
	.venv-lock/bin/pip-compile -q --generate-hashes --no-emit-find-links --no-emit-index-url --strip-extras -o requirements.txt requirements.in
	.venv-lock/bin/pip-compile -q --generate-hashes --no-emit-find-links --no-emit-index-url --strip-extras -o requirements-test.txt requirements-test.in
	rm -rf .venv-lock

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
