#!/usr/bin/env python3
"""The benchmark suite of issue 16: every measure in one run, one table, one JSON file.

Normally started by tests/bench/run.sh, which builds the preset `bench` first:

  suite.py --build build/bench [--quick] [--out DIR] [--json FILE] [--runs N] [--skip PART]...

Parts, in order: import (200k segments against the raw SQLite baseline, and the
library size), big (the 1M-segment library, imported once per build), cli (list,
show, search on it against ls/cat/ripgrep), team (import and search on a private
PostgreSQL), benches (the in-process bench_* executables). --quick uses 10k/20k
segments instead of 200k/1M: a smoke run of a few minutes.
"""

import argparse
import os
import shutil
import signal
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import corpus  # noqa: E402
import externals  # noqa: E402
import imports  # noqa: E402
import machine  # noqa: E402
import queries  # noqa: E402
import team  # noqa: E402
from table import Results  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(HERE))
PARTS = ("import", "big", "cli", "team", "benches")
# (form, segments, documents) of each corpus, full size and --quick.
SIZES = {
    False: {"import": ("turns", 200000, 200), "big": ("turns", 1000000, 1000), "document": ("turns", 20000, 1)},
    True: {"import": ("turns", 10000, 10), "big": ("turns", 20000, 20), "document": ("turns", 20000, 1)},
}


def log(text):
    print("[%s] %s" % (time.strftime("%H:%M:%S"), text), flush=True)


def need(program, why):
    if not shutil.which(program):
        sys.exit("suite: %s not found (%s); run packaging/install-deps.sh --tests" % (program, why))


def process_env(out):
    """The environment of every measured bitext process: the run's own settings and data
    folders (a user's settings neither influence the figures nor get touched)."""
    env = dict(os.environ)
    home = os.path.join(out, "home")
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache"),
                     ("XDG_STATE_HOME", "state")):
        env[var] = os.path.join(home, sub)
        os.makedirs(env[var], exist_ok=True)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("BITEXT_LIBRARY", None)
    return env


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--build", default=os.path.join(ROOT, "build", "bench"), help="the build folder (preset bench)")
    p.add_argument("--quick", action="store_true", help="10k/20k segments instead of 200k/1M")
    p.add_argument("--out", help="folder for this run's libraries and results (default BUILD/bench-run)")
    p.add_argument("--json", help="results file (default BUILD/bench-results.json)")
    p.add_argument("--runs", type=int, help="measured runs of each command (default 5, --quick 3)")
    p.add_argument("--import-runs", type=int, help="measured runs of each import (default 3, --quick 2)")
    p.add_argument("--skip", action="append", default=[], choices=PARTS, help="leave out a part (repeatable)")
    p.add_argument("--bench-timeout", type=int, default=1200, help="seconds a bench_* executable may take")
    p.add_argument("--bench-search", action="store_true",
                   help="also run bench_search (in-process search; builds its own 1M library the first time)")
    return p.parse_args()


def stop_on_signal(signum, frame):
    """SIGTERM/SIGHUP end the run as Ctrl-C does, so the PostgreSQL server started for it is
    stopped and its folder removed (a background job ignores SIGINT)."""
    raise KeyboardInterrupt("signal %d" % signum)


def main():
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, stop_on_signal)
    args = parse_args()
    build = os.path.abspath(args.build)
    bitext = os.path.join(build, "app", "bitext")
    if not os.access(bitext, os.X_OK):
        sys.exit("suite: %s not found; build the preset bench first (tests/bench/run.sh does)" % bitext)
    need("rg", "search is compared with ripgrep")
    out = os.path.abspath(args.out or os.path.join(build, "bench-run"))
    json_path = os.path.abspath(args.json or os.path.join(build, "bench-results.json"))
    runs = args.runs or (3 if args.quick else 5)
    import_runs = args.import_runs or (2 if args.quick else 3)
    sizes = SIZES[args.quick]
    os.makedirs(out, exist_ok=True)
    env = process_env(out)

    info = machine.describe(ROOT, bitext, os.environ.get("BITEXT_BENCH_COMMAND")
                            or ["tests/bench/suite.py"] + sys.argv[1:])
    info.update(quick=args.quick, runs=runs, import_runs=import_runs)
    results = Results(info)
    for line in machine.header_lines(info):
        log(line)

    corpora = {name: corpus.corpus(*spec, log=log) for name, spec in sizes.items()}
    small, big = corpora["import"], corpora["big"]
    log("corpora: " + ", ".join("%s %s (%.0f MB)" % (n, c.folder, c.megabytes) for n, c in corpora.items()))
    context = {"bitext": bitext, "document_file": corpora["document"].files[0],
               "segments": corpus.count_label(big.segments), "documents": len(big.files)}

    def section(name, body):
        if name in args.skip:
            return None
        log("== %s" % name)
        started = time.time()
        try:
            return body()
        except Exception as e:  # one part failing must not lose the others' figures
            log("%s failed: %s" % (name, e))
            results.missing("%s_failed" % name, "%s (failed)" % name, str(e)[:200])
            return None
        finally:
            log("   %s took %.0f s" % (name, time.time() - started))
            results.write_json(json_path)

    imported = section("import", lambda: imports.measure_import(
        results, bitext, small, os.path.join(out, "import"), import_runs, env, log))
    library = section("big", lambda: imports.big_library(results, bitext, big, env, log))
    if library:
        context["library"] = library
        section("cli", lambda: (queries.measure_list_show(results, bitext, library, big, runs, env, log),
                                queries.measure_search(results, bitext, library, big.folder, runs, env, log)))
    section("team", lambda: team.measure(results, bitext, small, imported, runs, env, log))

    def benches():
        scratch = os.path.join(out, "scratch")
        names = ["bench_reader", "bench_sidebar", "bench_export", "bench_window", "bench_align"]
        names += ["bench_search"] if args.bench_search else []
        try:
            if "library" in context:
                log("  copying the %s library for the benchmarks that write to it ..." % context["segments"])
                context["library"] = externals.scratch_library(context["library"], scratch)
            for name in names:
                built = os.access(externals.executable(build, name), os.X_OK)
                if name == "bench_window" and built and "library" in context:
                    log("  importing the %s-segment document into that copy ..." % "{:,}".format(
                        corpora["document"].segments))
                    context["document_file"] = externals.import_document(bitext, context["library"],
                                                                         context["document_file"], env)
                externals.run(results, build, name, context, env, log, out, args.bench_timeout)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)

    section("benches", benches)

    info["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    results.write_json(json_path)
    table = results.markdown()
    with open(os.path.join(out, "bench-results.md"), "w") as f:
        f.write("\n".join(machine.header_lines(info)) + "\n\n" + table + "\n\n" + "\n".join(results.notes) + "\n")
    print()
    print("\n".join(machine.header_lines(info)))
    print()
    print(table)
    print()
    for n in results.notes:
        print(n)
    print("%s. JSON: %s" % (results.summary(), json_path))


if __name__ == "__main__":
    main()
