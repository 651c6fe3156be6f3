#!/usr/bin/env bash
# Creates the boilerplate of a service: tools/scaffold-service.sh <name> "<description>" lib...
set -euo pipefail
name=$1; desc=$2; shift 2
dir=services/$name
mkdir -p "$dir/src"
refs=""; deps=""
for d in "$@"; do
  refs="$refs{ \"path\": \"../../libs/$d/tsconfig.lib.json\" },"
  deps="$deps\"@pn/$d\": \"*\","
done
refs="[${refs%,}]"; deps="{${deps%,}}"
cat > "$dir/package.json" <<JSON
{
  "name": "@pn/$name-service",
  "version": "0.1.0",
  "private": true,
  "description": "$desc",
  "main": "dist/main.js",
  "dependencies": $deps,
  "scripts": {
    "build": "tsc -b tsconfig.app.json",
    "lint": "eslint . --max-warnings 0 && prettier --check . --ignore-path ../../.gitignore --ignore-path ../../.prettierignore --log-level warn",
    "test": "jest",
    "start": "node dist/main.js"
  },
  "nx": { "tags": ["type:service"] }
}
JSON
cat > "$dir/tsconfig.json" <<JSON
{
  "extends": "../../tsconfig.base.json",
  "compilerOptions": { "composite": false, "noEmit": true, "types": ["jest", "node"] },
  "include": ["src/**/*.ts", "test/**/*.ts"]
}
JSON
cat > "$dir/tsconfig.app.json" <<JSON
{
  "extends": "../../tsconfig.base.json",
  "compilerOptions": { "rootDir": "src", "outDir": "dist", "types": ["node"] },
  "include": ["src/**/*.ts"],
  "exclude": ["src/**/*.spec.ts"],
  "references": $refs
}
JSON
cat > "$dir/jest.config.js" <<JSON
module.exports = { ...require('../../jest.preset.js'), displayName: '$name', rootDir: __dirname };
JSON
