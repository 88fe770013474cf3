#!/usr/bin/env bash
# npm test: all three tiers.
#   1. unit tests (run with a server time zone far from Asia/Shanghai, on purpose)
#   2. integration tests on a throwaway embedded PostgreSQL, and again on a real
#      PostgreSQL server when TEST_DATABASE_URL names one (this user must be allowed
#      to CREATE DATABASE there)
#   3. end-to-end tests in Chromium against the real app
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== unit =="
TZ=America/Los_Angeles npx vitest run --project unit

echo "== integration: embedded PostgreSQL =="
env -u TEST_DATABASE_URL npx vitest run --project integration

if [ -n "${TEST_DATABASE_URL:-}" ]; then
  echo "== integration: PostgreSQL at ${TEST_DATABASE_URL%%@*}@… =="
  npx vitest run --project integration
fi

echo "== end-to-end =="
bash scripts/e2e.sh
