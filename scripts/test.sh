#!/usr/bin/env bash
# Runs every package's tests through turbo, then prints one closing line with the totals.
set -uo pipefail
cd "$(dirname "$0")/.."
rm -rf apps/*/.test-results packages/*/.test-results
export TURBO_TELEMETRY_DISABLED=1
pnpm exec turbo run test --concurrency=1 "$@"
status=$?
node scripts/test-summary.mjs
exit $status
