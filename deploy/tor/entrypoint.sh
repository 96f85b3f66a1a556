#!/bin/sh
# Starts tor for Thicket (the tor container's command), after making sure the prosecutor onion
# service can never be public. tor turns client authorization on only while at least one
# authorized_clients/*.auth file loads: with none (a fresh install, or the last prosecutor
# removed and tor reloaded) anyone with the address could reach the service. So a key that
# nobody holds is always there: 32 random bytes used as an x25519 public key, whose private
# half was never made.
#   TOR_DATA_DIR  where the onion service folders live (default /var/lib/tor)
#   TORRC         the configuration (default /etc/tor/torrc)
# Extra arguments go to tor.
set -eu
umask 077
data=${TOR_DATA_DIR:-/var/lib/tor}
clients="$data/prosecutor/authorized_clients"
mkdir -p "$clients"
chmod 700 "$data/prosecutor" "$clients"
if [ ! -s "$clients/_nobody.auth" ]; then
  key=$(head -c 32 /dev/urandom | base32 | tr -d '=\n')
  printf 'descriptor:x25519:%s\n' "$key" > "$clients/_nobody.auth"
fi
exec tor -f "${TORRC:-/etc/tor/torrc}" "$@"
