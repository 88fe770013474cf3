#!/usr/bin/env bash
# The app for end-to-end tests: a fresh embedded database with the demo, on $PORT.
set -euo pipefail
cd "$(dirname "$0")/.."
export CHUANGJIAN_DATA_DIR="$PWD/.data/e2e"
rm -rf "$CHUANGJIAN_DATA_DIR"
unset DATABASE_URL
export EMBEDDED_PG_PORT=0
# The tests drive the warnings themselves; no scheduled run in between.
export WARNINGS_SCHEDULE=off
# node --import tsx, not the tsx CLI: its signal relay SIGKILLs a slow child (docs/operations.md).
exec node --import tsx --import ./scripts/support/allow-server-only.mjs scripts/start.ts
