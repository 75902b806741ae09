#!/usr/bin/env bash
# Installs what is missing, builds the release build and starts Bitext on the
# default library (pass --library PATH or any bitext arguments through).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
exec ./build/release/app/bitext "$@"
