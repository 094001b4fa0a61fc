#!/usr/bin/env bash
# Runs the search contract suite against a real Meilisearch: the one of infra/ (needs Docker),
# or the server MEILI_HOST already points at. CI machines cannot run Meilisearch; there the
# boundary tests (apps/api/test/search/meilisearch-adapter.spec.ts) cover the adapter.
#   bash scripts/test-meilisearch.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${MEILI_HOST:-}" ]; then
  export MEILI_MASTER_KEY="${MEILI_MASTER_KEY:-contract-suite-master-key-0123456789}"
  export POSTGRES_PASSWORD="${POSTGRES_PASSWORD:-unused}" PUBLIC_URL="${PUBLIC_URL:-http://localhost}" WEBHOOK_SECRET_KEY="${WEBHOOK_SECRET_KEY:-0000000000000000000000000000000000000000000000000000000000000000}"
  docker compose -f infra/docker-compose.yml -f infra/docker-compose.meili-local.yml up -d --wait meilisearch
  export MEILI_HOST=http://127.0.0.1:7700 MEILI_API_KEY="$MEILI_MASTER_KEY"
fi
pnpm --filter @alliance/api run build
pnpm --filter @alliance/api test -- test/search/meilisearch-contract.spec.ts test/search/meilisearch-adapter.spec.ts
