#!/usr/bin/env bash
# Creates the boilerplate of a workspace lib: tools/scaffold-lib.sh <name> "<description>" [dep-lib ...]
set -euo pipefail
name=$1; desc=$2; shift 2
dir=libs/$name
mkdir -p "$dir/src"
refs=""; deps=""
for d in "$@"; do
  refs="$refs{ \"path\": \"../$d/tsconfig.lib.json\" },"
  deps="$deps\"@pn/$d\": \"*\","
done
refs="[${refs%,}]"; deps="{${deps%,}}"
cat > "$dir/package.json" <<JSON
{
  "name": "@pn/$name",
  "version": "0.1.0",
  "private": true,
  "description": "$desc",
  "main": "dist/index.js",
  "types": "dist/index.d.ts",
  "dependencies": $deps,
  "scripts": {
    "build": "tsc -b tsconfig.lib.json",
    "lint": "eslint . --max-warnings 0 && prettier --check . --ignore-path ../../.gitignore --ignore-path ../../.prettierignore --log-level warn",
    "test": "jest"
  },
  "nx": { "tags": ["type:lib"] }
}
JSON
cat > "$dir/tsconfig.json" <<JSON
{
  "extends": "../../tsconfig.base.json",
  "compilerOptions": { "composite": false, "noEmit": true, "types": ["jest", "node"] },
  "include": ["src/**/*.ts", "test/**/*.ts"]
}
JSON
cat > "$dir/tsconfig.lib.json" <<JSON
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
