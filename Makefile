# Two commands do all the set-up on a fresh Debian machine with Python 3.11:
#   make run   - create .venv, install, start the platform (SQLite, built-in packs, plant simulator)
#   make test  - install what the tests need (Python and Debian packages) and run the whole suite
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(VENV)/bin/pip
STAMP  := $(VENV)/.installed
# Debian packages the test suite drives for real (database, brokers, browser)
DEB_TEST_PKGS := postgresql mosquitto nats-server chromium chromium-driver fonts-noto-cjk
APT_STAMP := $(VENV)/.apt-installed

.PHONY: run test venv lint bench clean

$(PY):
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(STAMP): $(PY) pyproject.toml
	$(PIP) install --quiet -e '.[service,models,ui,plant,test]'
	touch $(STAMP)

venv: $(STAMP)

$(APT_STAMP): $(PY)
	@missing=""; for p in $(DEB_TEST_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi
	touch $(APT_STAMP)

run: $(STAMP)
	$(VENV)/bin/safeblocks serve --simulate

test: $(STAMP) $(APT_STAMP)
	$(PY) -m pytest -n 2 -q

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

bench: $(STAMP)
	$(VENV)/bin/safeblocks bench

clean:
	rm -rf $(VENV) var build *.egg-info
