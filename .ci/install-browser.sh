#!/usr/bin/env bash
# Installs headless Chromium and its driver for the browser tests (org.dispatches.e2e).
# Idempotent; never fails the CI run: without a browser those tests are skipped, with a message.
set -u
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-browser: WARNING: apt-get not found; browser tests will be skipped (need /usr/bin/chromium and /usr/bin/chromedriver)" >&2
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
    echo "install-browser: WARNING: not root and no sudo; browser tests will be skipped" >&2
    exit 0
  fi
fi
echo "install-browser: installing chromium and chromium-driver ..." >&2
if $SUDO apt-get update -qq >&2 \
  && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver >&2; then
  echo "install-browser: $(/usr/bin/chromium --version 2>/dev/null | head -1)" >&2
else
  echo "install-browser: WARNING: apt-get could not install chromium; browser tests will be skipped" >&2
fi
exit 0
