#!/usr/bin/env bash
# Inside the session bus: start a gnome-keyring with a fresh, unlocked login
# keyring as the secret service, then run ctest for each preset.
set -uo pipefail
cd "$(dirname "$0")/.."

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
# The keyring lives in a throw-away data folder. gnome-keyring creates the login
# keyring only for a non-empty password, read from stdin.
keyring_env=$(printf 'bitext-tests' | XDG_DATA_HOME="$scratch/data" \
  gnome-keyring-daemon --replace --daemonize --unlock --components=secrets 2>/dev/null | grep '=')
if [ -n "$keyring_env" ]; then
  export $keyring_env
  echo "=== secret service: gnome-keyring ($keyring_env)"
else
  echo "=== warning: gnome-keyring did not start; keychain tests will fail"
fi

status=0
for preset in ${BITEXT_TEST_PRESETS:-ci-qt6 ci-qt5}; do
  echo "=== ctest: $preset"
  start=$(date +%s)
  if ! ctest --preset "$preset" -j 2; then
    status=1
  fi
  echo "=== ctest $preset took $(( $(date +%s) - start )) s"
done
exit $status
