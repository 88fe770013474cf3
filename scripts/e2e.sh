#!/usr/bin/env bash
# End-to-end tests in Debian's Chromium. Installs it through apt when missing (as root).
set -euo pipefail
cd "$(dirname "$0")/.."
CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM_PATH" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's chromium for the end-to-end tests…"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "The end-to-end tests need Chromium at $CHROMIUM_PATH." >&2
    echo "Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
    exit 1
  fi
fi
# Documents: Chinese fonts for the PDFs the server renders, pdftoppm to read their pages back.
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  missing=()
  fc-list 2>/dev/null | grep -q "Noto Serif CJK" || missing+=(fonts-noto-cjk)
  command -v pdftoppm >/dev/null || missing+=(poppler-utils)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]} for the document tests…"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi
export CHROMIUM_PATH
exec npx playwright test "$@"
