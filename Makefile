# The two commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench system-deps gui-deps translations update-translations clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP) gui-deps translations
	$(BIN)/lecturekit

# Interface translations: the .ts sources are compiled to .qm by Qt's lrelease,
# here for the checkout (a wheel gets its own when it is built).
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)
translations: $(QM)
resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# The .ts sources brought up to date with the strings of the code: without line
# numbers (-locations none), so that an edit elsewhere in a file changes nothing;
# lecturekit/gui/**/*.py takes in the GUI's sub-packages (bash's globstar).
# English needs only its plurals ("1 file", "2 files"): -pluralonly.
LUPDATE := $(BIN)/pyside6-lupdate lecturekit/*.py lecturekit/gui/**/*.py -locations none -no-obsolete -silent
update-translations: $(STAMP)
	bash -O globstar -c '$(LUPDATE) -ts resources/i18n/lecturekit_ru.ts resources/i18n/lecturekit_kk.ts'
	bash -O globstar -c '$(LUPDATE) -pluralonly -target-language en_GB -ts resources/i18n/lecturekit_en.ts'

# The X11 libraries Qt's xcb platform plugin loads; a minimal Debian lacks some.
XCB_LIBS := libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
            libxcb-xinerama0 libxcb-xkb1 libxcb-shape0 libxkbcommon-x11-0 libegl1 libfontconfig1
gui-deps:
	@if command -v dpkg >/dev/null 2>&1 && ! dpkg -s $(XCB_LIBS) >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(XCB_LIBS) >/dev/null; \
	  else echo "note: install $(XCB_LIBS) if the window does not open"; fi; \
	fi

# Debian packages the tests use: PDF text extraction, and git's http-backend
# serving a shared repository over http (found by their command); Enchant and
# the Hunspell dictionaries of the spelling check (no command: asked of dpkg).
# Installed when missing and when allowed (root, as on CI). On CI (CI set) a
# missing one is an error, not skipped tests.
TEST_TOOLS := pdftotext:poppler-utils git:git
TEST_PACKAGES := libenchant-2-2 hunspell-kk hunspell-ru hunspell-en-gb hunspell-en-us
system-deps:
	@missing=""; for pair in $(TEST_TOOLS); do \
	  command -v $${pair%%:*} >/dev/null 2>&1 || missing="$$missing $${pair#*:}"; done; \
	if command -v dpkg >/dev/null 2>&1; then for package in $(TEST_PACKAGES); do \
	  dpkg -s $$package >/dev/null 2>&1 || missing="$$missing $$package"; done; fi; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  elif [ -n "$$CI" ]; then echo "error: missing Debian packages:$$missing" >&2; exit 1; \
	  else echo "note: missing$$missing; the tests that need them will be skipped"; fi; \
	fi

lint: $(STAMP)
	$(BIN)/ruff check .

# pytest's exit 5 (no tests collected) fails the run like any other.
test: $(STAMP) system-deps translations lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(PYTEST_ARGS); status=$$?; \
	  if [ $$status -eq 5 ]; then echo "error: pytest collected no tests" >&2; fi; exit $$status

# Performance beside SQLite FTS5, one table per area (build, cold, warm, app,
# export) with the goal beside each figure:
#   make bench [BENCH_POINTS=100000] [BENCH_ARGS="--areas build,cold --workdir DIR"]
BENCH_POINTS ?= 20000
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/scale_bench.py --points $(BENCH_POINTS) $(BENCH_ARGS)

clean:
	rm -rf $(VENV) build dist *.egg-info .ruff_cache $(QM)
