#!/usr/bin/env bash
# Starts the private Tor network (test/tor/network/) in front of a Thicket listening on
# 127.0.0.1:PORT (and PROSECUTOR_PORT when Thicket serves two surfaces), for trying the onion
# services by hand or measuring page loads through Tor.
# Everything listens on 127.0.0.1; Ctrl-C stops every tor process it started and removes its folder.
#   scripts/tor-network.sh [PORT [PROSECUTOR_PORT]]   (default 8080; start Thicket first, e.g. npm start)
set -euo pipefail
cd "$(dirname "$0")/.."
exec node_modules/.bin/tsx test/tor/run-network.ts "$@"
