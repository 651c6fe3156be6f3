#!/usr/bin/env bash
# Entry point of `npm run up`, `npm run down`, `npm test` and `npm run bench`: installs what
# is missing on a fresh machine, builds, then hands over to the TypeScript tooling.
set -euo pipefail
cd "$(dirname "$0")/../.."
command=$1

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# npm dependencies, exactly as locked; again whenever the lock file changed.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

# Debian's Chromium drives the browser test; playwright never downloads its own.
if [ "$command" = test ] && [ ! -x /usr/bin/chromium ]; then
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium
fi

export NX_DAEMON=false NX_NO_CLOUD=true
if [ "$command" != down ]; then
  npx nx run-many -t build --outputStyle=static
fi
shift
exec npx tsx "tools/stack/$command.ts" "$@"
