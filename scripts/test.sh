#!/usr/bin/env bash
# The README's test line (and so .ci/run): the house checks first — formatting, lint (every
# package), typecheck (every package, the web app and the journeys included), the API's
# boundary rules (run by its test script) — then every package's tests through turbo, then one
# closing line with the totals. A failed check fails the run, but the tests still run, so one
# run shows everything that is wrong.
set -uo pipefail
cd "$(dirname "$0")/.."
rm -rf apps/*/.test-results packages/*/.test-results
export TURBO_TELEMETRY_DISABLED=1
checks=0
echo "== prettier --check"
pnpm exec prettier --check . --log-level warn || checks=1
echo "== lint and typecheck"
pnpm exec turbo run lint typecheck --output-logs=errors-only || checks=1
pnpm exec turbo run test --concurrency=1 "$@"
status=$?
if [ "$checks" -ne 0 ]; then
  echo "The house checks failed (formatting, lint or typecheck): see above."
  [ "$status" -eq 0 ] && status=1
fi
node scripts/test-summary.mjs
exit $status
