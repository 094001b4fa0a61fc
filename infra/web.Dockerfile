# syntax=docker/dockerfile:1
#
# Alliance Commons web image: the built React app served by nginx, which also reverse-proxies
# the API paths (see infra/nginx.conf). Build context: the repository root.
#   docker build -f infra/web.Dockerfile -t alliance-commons/web .
#
# Stages: base (node + pnpm), manifests (install inputs only, for layer caching), build (builds
# @alliance/web to apps/web/dist), runtime (unprivileged nginx, port 8080).
#
# The build context is filtered by infra/web.Dockerfile.dockerignore.

ARG NODE_IMAGE=node:24-bookworm-slim
# nginx-unprivileged is the official nginx image rebuilt to run as uid 101 and listen on 8080;
# it keeps the official entrypoint (templates rendered with envsubst at start).
ARG NGINX_IMAGE=nginxinc/nginx-unprivileged:1.28-alpine

# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS base
# Keep in step with "packageManager" in the root package.json (see infra/api.Dockerfile for why
# npm rather than corepack).
ARG PNPM_VERSION=10.34.9
ENV CI=true \
    TURBO_TELEMETRY_DISABLED=1 \
    DO_NOT_TRACK=1
RUN npm install --global --no-fund --no-audit "pnpm@${PNPM_VERSION}" \
 && pnpm --version
WORKDIR /repo

# ---------------------------------------------------------------------------------------------
FROM base AS manifests
COPY . /src
RUN cd /src \
 && find . \( -path ./.git -o -path '*/node_modules' -o -path '*/dist' \) -prune -o -type f \
      \( -name package.json -o -name pnpm-lock.yaml -o -name pnpm-workspace.yaml -o -name .npmrc \) \
      -print \
    | xargs cp --parents --target-directory=/repo

# ---------------------------------------------------------------------------------------------
FROM base AS build
COPY --from=manifests /repo/ ./
RUN --mount=type=cache,id=alliance-pnpm-store,target=/pnpm/store \
    pnpm install --frozen-lockfile --store-dir=/pnpm/store

COPY . .
# The web app imports typed documents from @alliance/graphql (packages/graphql/src/generated),
# generated from the committed schema.graphql. If they are not in the source tree, generate them
# here the way `pnpm graphql:generate` does (codegen reads files only, never a running server).
RUN if [ ! -d packages/graphql/src/generated ]; then \
      pnpm --filter=@alliance/graphql run generate; \
    fi
RUN pnpm turbo run build --filter=@alliance/web \
 && test -f apps/web/dist/index.html

# ---------------------------------------------------------------------------------------------
FROM ${NGINX_IMAGE} AS runtime
USER root
# Drop the stock site and welcome page; ours is rendered from the template at start.
RUN rm -f /etc/nginx/conf.d/default.conf \
 && rm -rf /usr/share/nginx/html/*
COPY infra/nginx.conf /etc/nginx/templates/default.conf.template
COPY --chmod=0755 infra/nginx-resolver.envsh /docker-entrypoint.d/15-alliance-resolver.envsh
COPY --from=build /repo/apps/web/dist/ /usr/share/nginx/html/
USER 101

# Template variables (see infra/nginx.conf). Only these are substituted, so nginx's own
# $variables survive. NGINX_RESOLVER is left unset here: infra/nginx-resolver.envsh fills it from
# /etc/resolv.conf unless the environment sets it (compose sets 127.0.0.11).
ENV API_UPSTREAM=api:3000 \
    NGINX_ENVSUBST_FILTER="^API_UPSTREAM|^NGINX_RESOLVER"

EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
  CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/nginx-health"]
# nginx finishes in-flight requests on SIGQUIT (graceful); SIGTERM would cut them.
STOPSIGNAL SIGQUIT
