# RxTech Careers — the two commands a newcomer needs are `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1:8000
STAMP := $(VENV)/.installed-$(shell sha1sum requirements.lock | cut -c1-12)

.PHONY: run test setup services-start services-stop lint lock clean

$(STAMP): requirements.lock
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	@rm -f $(VENV)/.installed-*; touch $@

setup: $(STAMP)

## make run: install, migrate, load demo data and serve the embedded default (SQLite, DB search).
run: setup
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed_demo
	$(BIN)/python manage.py runserver $(HOST)

## make test: install, start PostgreSQL + Elasticsearch + Chromium, run the whole suite on them.
test: setup
	scripts/services start
	eval "$$(scripts/services env)" && $(BIN)/python -m pytest --create-db $(PYTEST_ARGS)

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run

services-stop:
	scripts/services stop

## make lock: re-pin every dependency after changing pyproject.toml.
lock: setup
	$(BIN)/python -m pip install --quiet -e '.[test]' && \
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^-e' > requirements.lock

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
