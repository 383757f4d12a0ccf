#!/usr/bin/env bash
# Packs the library, installs the tarball with its zod peer into a fresh temporary project, then
# imports it from ESM, requires it from CJS, type-checks consumers (moduleResolution nodenext, bundler
# and node10; TypeScript 6.0, 5.4, and 5.0 with skipLibCheck), and runs the installed kcity bin.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$root"
tarball=$(npm pack --silent --pack-destination "$tmp" | tail -n 1)
zodv=$(node -p 'require("./node_modules/zod/package.json").version')
cd "$tmp"
npm init -y >/dev/null
npm install --silent --no-audit --no-fund --prefer-offline "./$tarball" "zod@$zodv" >/dev/null
cp "$root"/scripts/smoke/* .
cp broad.ts broad.mts
node esm.mjs
node cjs.cjs
# the consumers type-check against the shipped declarations (skipLibCheck off) with the TypeScript
# the library builds with, under nodenext (ESM and CJS), bundler and node10 (typesVersions) resolution
"$root/node_modules/.bin/tsc" -p tsconfig.json
"$root/node_modules/.bin/tsc" -p tsconfig.bundler.json
"$root/node_modules/.bin/tsc" -p tsconfig.node10.json
# and with the lowest TypeScript the README names, 5.4 (zod's types use its NoInfer); node10
# is left out there: its ignoreDeprecations value is TypeScript 6's
npm install --silent --no-audit --no-fund --prefer-offline typescript@5.4.5 >/dev/null
./node_modules/.bin/tsc -p tsconfig.json
./node_modules/.bin/tsc -p tsconfig.bundler.json
# TypeScript 5.0 reads zod's types only with skipLibCheck on (zod uses NoInfer); ours keep currencies
# apart there too (SameCurrency): the consumer's @ts-expect-error lines on mixing won and dollars
# (add, min, max, sum) must still be needed
npm install --silent --no-audit --no-fund --prefer-offline typescript@5.0.4 >/dev/null
./node_modules/.bin/tsc -p tsconfig.skiplib.json
./node_modules/.bin/kcity --version >/dev/null
./node_modules/.bin/kcity --help >/dev/null
# "-" reads the file argument from standard input, as the file itself would be read
printf '{"year": 2024}' >"$tmp/partial.json"
set +e
./node_modules/.bin/kcity check "$tmp/partial.json" --json >"$tmp/by-path.txt" 2>&1
by_path=$?
./node_modules/.bin/kcity check - --json <"$tmp/partial.json" >"$tmp/by-stdin.txt" 2>&1
by_stdin=$?
set -e
if [ "$by_path" != "$by_stdin" ] || [ "$by_path" = 0 ] || ! cmp -s "$tmp/by-path.txt" "$tmp/by-stdin.txt" || ! grep -q INVALID_TYPE "$tmp/by-stdin.txt"; then
  echo "kcity check - did not read standard input as it reads the file ($by_stdin, $by_path):" >&2
  cat "$tmp/by-stdin.txt" >&2
  exit 1
fi
# a reader that stops early closes the pipe: kcity stops quietly (no EPIPE stack trace, exit 0)
set +o pipefail
./node_modules/.bin/kcity projects --json 2>"$tmp/epipe.txt" | head -n 1 >/dev/null
set -o pipefail
if [ -s "$tmp/epipe.txt" ]; then
  echo "kcity wrote to stderr when its reader closed the pipe:" >&2
  cat "$tmp/epipe.txt" >&2
  exit 1
fi
echo "smoke test: ESM, CJS, types (nodenext, bundler, node10; TypeScript 6.0, 5.4, 5.0 with skipLibCheck) and the kcity bin all work from the packed tarball"
