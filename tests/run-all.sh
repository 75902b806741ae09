#!/usr/bin/env bash
# Builds both builds (Qt 6, and Qt 5 + KF5 KSyntaxHighlighting) and runs every
# test of each under a virtual X server and a private D-Bus session with a real
# secret service. This is the README's test command and what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

bash packaging/install-deps.sh --tests

# ccache shares results between clones: paths below the clone's parent folder
# are hashed relative to the build folder, so a fresh clone beside an old one
# (CI's) compiles only what changed.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$(dirname "$root")}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"

presets=(ci-qt6 ci-qt5)
if [ -n "${BITEXT_PRESETS:-}" ]; then
  read -r -a presets <<< "$BITEXT_PRESETS"
fi

start=$(date +%s)
for preset in "${presets[@]}"; do
  echo "=== configure and build: $preset"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
done
echo "=== builds took $(( $(date +%s) - start )) s"

export BITEXT_TEST_PRESETS="${presets[*]}"
xvfb-run -a -s "-screen 0 1920x1200x24" \
  dbus-run-session -- bash "$root/tests/run-ctest.sh"
