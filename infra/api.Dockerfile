# syntax=docker/dockerfile:1
#
# Alliance Commons API image. Build context: the repository root.
#   docker build -f infra/api.Dockerfile -t alliance-commons/api .
# (docker compose -f infra/docker-compose.yml builds it for you.)
#
# Stages:
#   base       node + pnpm
#   manifests  only the files `pnpm install` reads, so the install layer below is reused until
#              a package.json, the lockfile or pnpm-workspace.yaml changes
#   build      install, build @alliance/api (turbo builds @alliance/domain first), then
#              `pnpm deploy` a self-contained copy of the API with production dependencies only
#   runtime    slim image with that copy, run as the non-root `node` user
#
# The build context is filtered by infra/api.Dockerfile.dockerignore (BuildKit reads
# <Dockerfile>.dockerignore beside the Dockerfile in preference to the context's .dockerignore).

ARG NODE_IMAGE=node:24-bookworm-slim

# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS base
# Keep in step with "packageManager" in the root package.json. (pnpm would otherwise fetch the
# declared version itself at first use.) We install pnpm with npm rather than `corepack enable`:
# the corepack bundled with Node can reject newer pnpm releases whose npm signing keys it does not
# know yet, which then needs COREPACK_INTEGRITY_KEYS=0 (turning verification off) as a workaround.
ARG PNPM_VERSION=10.34.9
ENV CI=true \
    TURBO_TELEMETRY_DISABLED=1 \
    DO_NOT_TRACK=1
RUN npm install --global --no-fund --no-audit "pnpm@${PNPM_VERSION}" \
 && pnpm --version
WORKDIR /repo

# ---------------------------------------------------------------------------------------------
FROM base AS manifests
# This stage re-runs on every source change, but its output only changes when a manifest does,
# so the COPY --from below (cached by content) keeps the install layer.
COPY . /src
RUN cd /src \
 && find . \( -path ./.git -o -path '*/node_modules' -o -path '*/dist' \) -prune -o -type f \
      \( -name package.json -o -name pnpm-lock.yaml -o -name pnpm-workspace.yaml -o -name .npmrc \) \
      -print \
    | xargs cp --parents --target-directory=/repo

# ---------------------------------------------------------------------------------------------
FROM base AS build
# NODE_ENV stays unset here: with NODE_ENV=production pnpm would skip the devDependencies the
# build needs (TypeScript, turbo).
COPY --from=manifests /repo/ ./
RUN --mount=type=cache,id=alliance-pnpm-store,target=/pnpm/store \
    pnpm install --frozen-lockfile --store-dir=/pnpm/store

COPY . .
RUN pnpm turbo run build --filter=@alliance/api \
 && test -f apps/api/dist/main.js && test -f apps/api/dist/cli.js

# A self-contained copy of the API in /out: its files (dist/, and demo-data/ which the seed reads
# beside dist/) plus a node_modules with only production dependencies, the workspace package
# @alliance/domain copied in (with its built dist/).
#
# pnpm 10's default `deploy` only works when the workspace sets `injectWorkspacePackages: true`
# (pnpm-workspace.yaml), which would make every workspace package a copy instead of a symlink
# during development too (an edit in packages/domain would need a reinstall before the apps see
# it). We keep the workspace as it is and choose `--legacy`, the deploy implementation that works
# without injection; it still resolves exactly the versions of pnpm-lock.yaml.
#
# pnpm decides which files of a package to copy like `npm pack`: a package.json "files" field, or
# else the package's own .npmignore/.gitignore (not the repository root's). The checks after the
# deploy fail the build loudly if that ever drops the built files.
RUN --mount=type=cache,id=alliance-pnpm-store,target=/pnpm/store \
    pnpm --filter=@alliance/api deploy --prod --legacy --store-dir=/pnpm/store /out \
 && test -f /out/dist/main.js \
 && test -f /out/demo-data/users.yaml \
 && cd /out && node -e "require.resolve('@alliance/domain')" \
 || { echo 'pnpm deploy did not produce a runnable API (dist/main.js, demo-data/ or @alliance/domain missing)' >&2; exit 1; }

# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    DATA_DIR=/data \
    NODE_OPTIONS=--enable-source-maps
WORKDIR /app
# Local state folder (DATA_DIR). With DATABASE_URL set nothing important lives there; it is
# per-container scratch, so it needs no volume.
RUN mkdir -p /data && chown node:node /data
# Application files stay owned by root: the `node` user can read but not change them.
COPY --from=build /out /app
USER node
EXPOSE 3000
# Ready = database reachable and every migration applied (503 otherwise). Node has fetch
# built in; the slim image has neither curl nor wget.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The API drains and closes on SIGTERM (docker stop / Kubernetes termination).
STOPSIGNAL SIGTERM
CMD ["node", "dist/main.js"]
