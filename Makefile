# corpusmine — run `make help` for the list of targets.
# On a fresh machine with only python3 and make, `make figures` and `make test`
# create .venv and install the pinned dependencies first.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

# Deterministic hashing for everything run from here (set iteration order, jieba, gensim).
export PYTHONHASHSEED := 0
export MPLBACKEND := Agg

.DEFAULT_GOAL := help
.PHONY: help venv build figures lab browser test test-fast test-min docs bench bench-scale constraints clean distclean

# Headless Chromium, its driver and a CJK font for tests/test_browser.py (Debian packages; root or sudo).
CHROMIUM_PKGS := chromium chromium-driver fonts-noto-cjk
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

help: ## Show this list of targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  %-12s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml constraints.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade "pip==25.3"
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[dev]"
	@touch $(STAMP)

venv: $(STAMP) ## Create .venv and install the pinned dependencies

build: $(STAMP) ## Build data/processed (speeches, paragraphs, sections, audit) from data/raw
	$(VENV)/bin/corpusmine build

figures: build ## The main job: run every notebook headless, regenerating figures/ and its tables
	$(VENV)/bin/corpusmine notebooks

# `make lab LAB_ARGS="--port 8899 --no-browser"` passes options on to jupyter lab.
LAB_ARGS ?=
LAB_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root)
lab: $(STAMP) ## JupyterLab at the project root, kernel "Python (corpusmine)" installed for this user (LAB_ARGS=...)
	$(PY) -m ipykernel install --user --name corpusmine --display-name "Python (corpusmine)" \
	  --env PYTHONHASHSEED 0 --env MPLBACKEND module://matplotlib_inline.backend_inline
	@if git rev-parse --git-dir >/dev/null 2>&1; then \
	  $(VENV)/bin/nbstripout --install --attributes .gitattributes && \
	  echo "nbstripout filter installed: notebooks saved in Lab are committed without outputs"; \
	else echo "not a git checkout: nbstripout filter not installed"; fi
	env -u MPLBACKEND $(VENV)/bin/jupyter lab --notebook-dir=. $(LAB_ROOT) $(LAB_ARGS)

browser: ## Install headless Chromium, chromedriver and a CJK font (apt-get) when missing
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || ! fc-list :lang=zh family 2>/dev/null | grep -q .; then \
	  $(SUDO) apt-get update && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y $(CHROMIUM_PKGS); \
	fi

test: $(STAMP) browser ## Run the whole test suite (unit tests, doctests, notebooks, real-browser tests)
	$(PY) -m pytest -q

test-fast: $(STAMP) ## The fast tier for development: unit tests and doctests, no notebooks/browser/Dask (-m "not slow")
	$(PY) -m pytest -q -m "not slow" -n 2

test-min: ## The fast tier against the oldest versions pyproject.toml allows (constraints-min.txt), in .venv-min
	@test -x .venv-min/bin/python || $(PYTHON) -m venv .venv-min
	.venv-min/bin/python -m pip install --quiet --disable-pip-version-check -c constraints-min.txt -e ".[dev]"
	.venv-min/bin/python -m pytest -q -m "not slow" -p no:cacheprovider

docs: $(STAMP) ## Build the API reference (HTML from the numpydoc docstrings, offline) into build/docs
	$(PY) -m corpusmine.apidocs build/docs

bench: $(STAMP) ## Print performance figures (corpus build, analyses, notebooks)
	$(PY) benchmarks/bench_build.py
	$(PY) benchmarks/bench_analysis.py
	$(PY) benchmarks/bench_notebooks.py

bench-scale: $(STAMP) ## Scaling benchmark on the Government Work Reports, 1x-8x copies (about 5 min)
	$(PY) benchmarks/bench_tokenize.py
	$(PY) benchmarks/bench_scale.py

constraints: ## Re-pin constraints.txt from the current .venv
	$(PY) -m pip freeze --exclude-editable | grep -v '^corpusmine' | \
	  (echo "# Pins for the whole environment (direct and transitive), used as pip constraints by the Makefile."; \
	   echo "# Regenerate after changing pyproject.toml: make constraints"; cat) > constraints.txt

clean: ## Remove generated data (data/processed) and caches
	rm -rf data/processed .pytest_cache build dist

distclean: clean ## Also remove the virtual environments
	rm -rf $(VENV) .venv-min
