# syntax=docker/dockerfile:1
#
# One image recipe for every service; the build argument SERVICE picks which
# compiled app the container starts:
#   docker build --build-arg SERVICE=contracts -t partner-network/contracts .

ARG NODE_IMAGE=node:20-bookworm-slim

# ---------------------------------------------------------------------------
# Only the package manifests, at their workspace paths. A glob in COPY would
# flatten libs/*/package.json into one folder, so they are picked out here
# instead; this stage re-runs on every source change, but its output changes
# only when a manifest does, which keeps the npm ci layers below cached.
FROM ${NODE_IMAGE} AS manifests
WORKDIR /src
COPY . .
RUN mkdir /manifests \
 && find . -name package.json -not -path '*/node_modules/*' -not -path '*/dist/*' \
      -exec cp --parents {} /manifests/ \; \
 && cp package-lock.json /manifests/

# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
# Nx's daemon and cloud cache have no use in a one-shot image build, and a
# dependency's install-time telemetry (scarf, via swagger-ui) should not phone
# home from a build.
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true \
    SCARF_ANALYTICS=false
COPY --from=manifests /manifests/ ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build
# Keep only what runs: each workspace's manifest (node_modules links point at
# it and its "main" names the compiled file) and its dist/.
RUN mkdir /out \
 && for p in libs/* services/*; do \
      if [ -d "$p/dist" ]; then \
        mkdir -p "/out/$p" && cp -r "$p/dist" "$p/package.json" "/out/$p/"; \
      fi; \
    done \
 && for s in gateway contracts scoring pipeline alerts; do \
      test -f "/out/services/$s/dist/main.js" \
        || { echo "services/$s/dist/main.js missing after build" >&2; exit 1; }; \
    done

# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY --from=manifests /manifests/ ./
# Install scripts are skipped: no runtime dependency needs one (today only
# embedded-postgres and scarf have them, and neither runs in a container),
# and a workspace's own lifecycle scripts would run here without its sources.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
 && npm cache clean --force

# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ARG SERVICE
# An image built without SERVICE would start nothing useful; fail the build.
RUN test -n "${SERVICE}" || { echo "build with --build-arg SERVICE=<name>" >&2; exit 1; }
ENV NODE_ENV=production \
    SERVICE=${SERVICE}
WORKDIR /app
# Root-owned and read-only to the node user: the app never writes its own code.
COPY --from=prod-deps /app/ ./
COPY --from=build /out/ ./
USER node
# PORT wins; otherwise the fixed per-service default port.
HEALTHCHECK --interval=15s --timeout=5s --start-period=40s --retries=3 \
  CMD ["node", "-e", "const d={gateway:3000,contracts:3001,scoring:3002,pipeline:3003,alerts:3004};const p=process.env.PORT||d[process.env.SERVICE];fetch('http://127.0.0.1:'+p+'/health/live',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# exec so node is PID 1 and receives SIGTERM itself (graceful NATS drain).
CMD ["sh", "-c", "exec node --enable-source-maps services/${SERVICE}/dist/main.js"]
