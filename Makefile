# Thin wrapper over the project's commands; see README.md.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install demo test bench lint clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## Train on the sample inbox, register in MLflow (sqlite), promote, serve, score examples.
demo: $(STAMP)
	$(PY) -m training.demo

## The test suite (CI runs exactly this).
test: $(STAMP)
	$(PY) -m pytest

## Benchmarks on the public data in ../shared/data; writes bench/results and BENCHMARKS.md.
bench: $(STAMP)
	$(PY) -m bench

lint: $(STAMP)
	$(VENV)/bin/ruff check triage training serving tests bench

clean:
	rm -rf models/mlflow.db models/artifacts models/embedding_cache .pytest_cache
