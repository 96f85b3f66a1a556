#!/usr/bin/env bash
# README's test command (`npm test`): sets up what the suite needs, then runs types, lint, build and every test.
# With DATABASE_URL set, every database test runs against that PostgreSQL instead of PGlite.
set -euo pipefail
cd "$(dirname "$0")/.."

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium_path" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Chromium missing: installing Debian's chromium with apt-get"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is required for the browser tests: install it (sudo apt-get install chromium) or set CHROMIUM_PATH" >&2
    exit 1
  fi
fi
export CHROMIUM_PATH="$chromium_path"

# The onion tests (test/tor/) run a private Tor network with Debian's tor and tor-gencert.
if ! command -v tor >/dev/null 2>&1 || ! command -v tor-gencert >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "tor missing: installing Debian's tor with apt-get"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tor >/dev/null
  else
    echo "tor is required for the onion tests: install it (sudo apt-get install tor)" >&2
    exit 1
  fi
fi

if [ -n "${DATABASE_URL:-}" ]; then
  echo "Database tests run on PostgreSQL (DATABASE_URL is set)"
else
  echo "Database tests run on PGlite (set DATABASE_URL=postgres://... to use PostgreSQL)"
fi

npm run --silent check
npm run --silent build -- --logLevel warn
npx vitest run "$@"
