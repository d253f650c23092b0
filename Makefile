# The two commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test system-deps gui-deps translations clean

$(STAMP): setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip setuptools wheel
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP) gui-deps translations
	$(BIN)/lecturekit

# Interface translations: the .ts sources are compiled to .qm by Qt's lrelease.
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)
translations: $(QM)
resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# The X11 libraries Qt's xcb platform plugin loads; a minimal Debian lacks some.
XCB_LIBS := libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
            libxcb-xinerama0 libxcb-xkb1 libxcb-shape0 libxkbcommon-x11-0 libegl1 libfontconfig1
gui-deps:
	@if command -v dpkg >/dev/null 2>&1 && ! dpkg -s $(XCB_LIBS) >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(XCB_LIBS) >/dev/null; \
	  else echo "note: install $(XCB_LIBS) if the window does not open"; fi; \
	fi

# Debian packages the tests use (PDF text extraction); installed when missing
# and when allowed (root, as on CI).
system-deps:
	@if ! command -v pdftotext >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null; \
	  else echo "note: poppler-utils is missing; PDF read-back tests will be skipped"; fi; \
	fi

test: $(STAMP) system-deps translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) build dist *.egg-info $(QM)
