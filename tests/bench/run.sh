#!/usr/bin/env bash
# The benchmark suite of issue 16 in one command: builds the Release preset `bench`
# (bitext and every tests/bench/bench_* executable), then runs tests/bench/suite.py,
# which generates the corpora (cached), measures everything, prints the table and
# writes the JSON.
#
#   tests/bench/run.sh [--quick] [--out DIR] [--json FILE] [--runs N] [--import-runs N]
#                      [--skip import|big|cli|team|benches]... [--bench-search] [--bench-timeout S] [--no-build]
#
#   --quick        10k/20k-segment corpora instead of 200k/1M: a smoke run of a few minutes
#   --out DIR      this run's libraries and bench-results.md (default build/bench/bench-run)
#   --json FILE    the results (default build/bench/bench-results.json)
#   --no-build     use build/bench as it is
#
# Corpora and libraries are cached in ${BITEXT_BENCH_DIR:-~/.cache/bitext-bench} (about
# 1.5 GB at full size); BITEXT_BENCH_CORPORA=DIR uses corpora generated already there
# (turns-200k, turns-1m, turns-20k). The full run imports 1M segments once per build.
set -euo pipefail
here=$(pwd)
command="tests/bench/run.sh${*:+ $*}"
cd "$(dirname "$0")/../.."
root=$(pwd)

build=1
suite_args=()
skip_team=0
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'; exit 0 ;;
    --skip) suite_args+=("$1" "${2:-}"); [ "${2:-}" = team ] && skip_team=1; shift ;;
    --out|--json)  # relative to where run.sh was started, not to the checkout
      value="${2:?$1 needs a value}"
      case "$value" in /*) ;; *) value="$here/$value" ;; esac
      suite_args+=("$1" "$value"); shift ;;
    --runs|--import-runs|--bench-timeout) suite_args+=("$1" "${2:?$1 needs a value}"); shift ;;
    *) suite_args+=("$1") ;;
  esac
  shift
done

missing=()
for tool in cmake ninja python3 rg; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ "$skip_team" = 0 ]; then
  command -v psql >/dev/null || missing+=(psql)
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=("initdb (package postgresql)")
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "run.sh: missing: ${missing[*]}. Install them with: bash packaging/install-deps.sh --tests" >&2
  exit 2
fi

if [ "$build" = 1 ]; then
  # As tests/run-all.sh: ccache shares results between clones beside each other.
  export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$(dirname "$root")}"
  export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"
  echo "=== configure and build: preset bench (Release), target benchmarks"
  cmake --preset bench >/dev/null
  cmake --build --preset bench --target benchmarks
fi

export BITEXT_BENCH_COMMAND="$command"
exec python3 tests/bench/suite.py --build build/bench "${suite_args[@]}"
