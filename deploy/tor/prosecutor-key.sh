#!/bin/sh
# Makes one prosecutor's key pair for the prosecutor onion service (tor client authorization).
# Run it on the prosecutor's own computer: the private key never has to leave it; only the
# public half goes to the operator. Needs openssl (1.1.1 or later) and base32 (coreutils).
#
#   deploy/tor/prosecutor-key.sh NAME PROSECUTOR_ONION_ADDRESS
#
# Writes into the current folder, readable by you only, and never over an existing file:
#   NAME.auth          descriptor:x25519:<public key>                for the operator (not secret)
#   NAME.auth_private  <onion>:descriptor:x25519:<private key>       for the prosecutor (SECRET)
# docs/DEPLOYMENT.md says where each file goes.
set -eu
umask 077

usage() {
  echo "usage: $0 NAME PROSECUTOR_ONION_ADDRESS   (NAME: letters, digits, - and _, at most 64)" >&2
  exit 2
}
[ "$#" -eq 2 ] || usage
name=$1
onion=${2%.onion}
printf '%s' "$name" | grep -Eq '^[A-Za-z0-9_-]{1,64}$' || usage
if ! printf '%s' "$onion" | grep -Eq '^[a-z2-7]{56}$'; then
  echo "$0: \"$2\" is not a v3 onion address (56 characters a-z and 2-7, then .onion)" >&2
  exit 2
fi
for file in "$name.auth" "$name.auth_private"; do
  if [ -e "$file" ]; then
    echo "$0: $file already exists; not overwriting it" >&2
    exit 1
  fi
done

# The key stays in memory (PEM text in a variable), never in a temporary file.
pem=$(openssl genpkey -algorithm x25519)
# The last 32 bytes of the DER encodings are the raw keys; tor wants them in unpadded base32.
private=$(printf '%s\n' "$pem" | openssl pkey -outform DER | tail -c 32 | base32 | tr -d '=\n')
public=$(printf '%s\n' "$pem" | openssl pkey -pubout -outform DER | tail -c 32 | base32 | tr -d '=\n')
pem=
if [ "${#private}" -ne 52 ] || [ "${#public}" -ne 52 ]; then
  echo "$0: openssl did not produce an x25519 key pair" >&2
  exit 1
fi

printf 'descriptor:x25519:%s\n' "$public" > "$name.auth"
printf '%s:descriptor:x25519:%s\n' "$onion" "$private" > "$name.auth_private"
echo "Wrote $name.auth (public: give it to the operator) and $name.auth_private (secret: keep it)."
