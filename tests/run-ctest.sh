#!/usr/bin/env bash
# Inside the session bus: start an unlocked gnome-keyring as the secret service,
# then run ctest for each preset and fail if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."

# An empty password unlocks a fresh login keyring non-interactively.
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"
export HOME=${BITEXT_TEST_HOME:-$HOME}
eval "$(printf '' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
eval "$(gnome-keyring-daemon --start --components=secrets 2>/dev/null)" || true

status=0
for preset in ${BITEXT_TEST_PRESETS:-ci-qt6 ci-qt5}; do
  echo "=== ctest: $preset"
  if ! ctest --preset "$preset" -j 2; then
    status=1
  fi
done
exit $status
