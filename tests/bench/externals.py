"""The in-process benchmark executables (tests/bench/bench_*.cpp), run with --json and merged.

Each prints its own table and writes one flat JSON object of figures with --json
FILE (keys snake_case, the unit as suffix). An executable not built (yet) shows
as "not built" in the table; one that fails shows its exit status; neither stops
the suite.
"""

import json
import os
import shutil
import signal
import subprocess
import tempfile

from table import mb, ms

TEXT_EXPORT_FORMATS = ("markdown", "md", "html", "csv", "json", "webannotation", "web_annotation", "qdpx", "qdc")


def _ms_under(limit):
    return ("< %.0f ms" % limit, lambda v: v < limit)


def _mb_under(limit):
    return ("< %.0f MB" % limit, lambda v: v < limit)


# executable -> (what it measures, arguments given the context, {json key: (label, target)})
# Keys an executable reports that are not listed here still get a row (no target).
SPECS = {
    # CPU time of the GUI thread (the machine is shared); wall times beside it.
    "bench_reader": ("reader, a 20,000-segment document", lambda c: [], {
        "first_screen_ms": ("first screen (CPU)", _ms_under(200)),
        "first_screen_wall_ms": ("first screen (wall)", None),
        "page_scroll_median_ms": ("page scroll, median (CPU)", _ms_under(16)),
        "page_scroll_p95_ms": ("page scroll, 95th percentile (CPU)", None),
        "page_scroll_wall_median_ms": ("page scroll, median (wall)", None),
        "segments_query_ms": ("reading its segments from SQLite (CPU)", None),
        "background_measure_ms": ("laying out the other rows in 6 ms idle slices (wall)", None),
    }),
    # One position report of the player while media plays (tests/bench/bench_follow.cpp).
    "bench_follow": ("follow-along, a 20,000-segment timed document", lambda c: [], {
        "follow_change_median_ms": ("update when the segment heard changes, median (CPU)", _ms_under(2)),
        "follow_change_p95_ms": ("update when the segment heard changes, 95th percentile (CPU)", None),
        "follow_update_median_ms": ("any position update, median (CPU)", _ms_under(2)),
        "follow_update_p95_ms": ("any position update, 95th percentile (CPU)", None),
        "follow_after_seek_median_ms": ("first update after a seek to a far place, median (CPU)", None),
    }),
    # The sidebar runs on the GUI thread: the limit for blocking it is 50 ms.
    "bench_sidebar": ("sidebar, the %(segments)s library", lambda c: ["--library", c["library"]], {
        "list_query_ms": ("the list query (what `bitext list` runs)", None),
        "list_aggregate_ms": ("the old aggregate over every segment, for comparison", None),
        "sidebar_load_ms": ("sidebar load", _ms_under(50)),
        "sidebar_refresh_ms": ("sidebar refresh, one document changed", _ms_under(50)),
        "sidebar_refresh_annotation_ms": ("sidebar refresh, an annotation added", _ms_under(50)),
        "sidebar_reload_all_ms": ("sidebar full re-read (a bulk change)", _ms_under(50)),
    }),
    "bench_export": ("export of 10,000 annotations", lambda c: ["--bitext", c["bitext"]], {
        "export_markdown_process_ms": ("`bitext export --format md`, whole process", _ms_under(1000)),
    }),
    "bench_window": ("window with the %(segments)s library", lambda c: [
        "--library", c["library"], "--document-file", c["document_file"]], {
        "cold_start_ms": ("cold start to the main window shown", _ms_under(500)),
        "cold_start_restore_ms": ("cold start reopening the 20,000-segment document", _ms_under(500)),
        "document_shown_ms": ("the 20,000-segment document shown", None),
        "max_gui_stall_ms": ("longest GUI stall in the second after", _ms_under(50)),
        "rss_peak_mb": ("peak memory (RSS), 20,000-segment document on screen", _mb_under(300)),
    }),
}


def _target_for(name, key):
    """Targets of keys named by pattern rather than listed (export_<format>_ms)."""
    if name == "bench_export" and key.startswith("export_") and key.endswith("_ms"):
        fmt = key[len("export_"):-len("_ms")]
        if fmt in TEXT_EXPORT_FORMATS:
            return _ms_under(1000)
    return None


def _show(key, value):
    if not isinstance(value, (int, float)):
        return str(value)
    if key.endswith("_ms"):
        return ms(value)
    if key.endswith("_mb"):
        return mb(value)
    return "%g" % value


def executable(build_dir, name):
    return os.path.join(build_dir, "tests", "bench", name)


def _run_group(argv, env, timeout):
    """Runs argv in a process group of its own and returns the CompletedProcess, or None
    after a timeout. On a timeout or an interrupt the whole group is killed: benchmarks
    start processes of their own (bench_window a window per run)."""
    proc = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except BaseException as e:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.communicate()
        if isinstance(e, subprocess.TimeoutExpired):
            return None
        raise
    return subprocess.CompletedProcess(argv, proc.returncode, stdout, stderr)


def run(results, build_dir, name, context, env, log, output_dir, timeout=1200):
    """Runs one executable if built; adds a row per figure it reports; keeps its output in
    output_dir/NAME.txt. One that takes longer than timeout seconds is stopped."""
    title, args_of, known = SPECS.get(name, (name, lambda c: [], {}))
    title = title % context
    path = executable(build_dir, name)
    if not os.access(path, os.X_OK):
        results.missing(name, "%s (%s)" % (title, name), "not built")
        return None
    try:
        args = args_of(context)
    except KeyError as e:
        results.missing(name, "%s (%s)" % (title, name), "no %s in this run" % e)
        return None
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "figures.json")
        log("  %s %s" % (name, " ".join(args)))
        done = _run_group([path] + args + ["--json", out], env, timeout)
        if done is None:
            results.missing(name, "%s (%s)" % (title, name), "timed out after %d s" % timeout)
            return None
        # Its own table, for the figures the suite's table leaves out.
        with open(os.path.join(output_dir, name + ".txt"), "w") as f:
            f.write(done.stdout + done.stderr)
        figures = None
        if os.path.exists(out):
            with open(out) as f:
                figures = json.load(f)
    if figures is None:
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or [""]
        results.missing(name, "%s (%s)" % (title, name), "failed (exit %d) %s" % (done.returncode, tail[0][:80]))
        return None
    ordered = [k for k in known if k in figures] + sorted(k for k in figures if k not in known)
    for key in ordered:
        value = figures[key]
        label, target = known.get(key, (key, None))
        target = target or _target_for(name, key)
        met = target[1](value) if target and isinstance(value, (int, float)) else None
        results.add("%s.%s" % (name, key), "%s: %s" % (title, label), _show(key, value), "", None,
                    target[0] if target else "", met, {"value": value, "exit": done.returncode})
    return figures


def scratch_library(library, folder):
    """A copy of the cached library for the benchmarks that write to it (the sidebar edits
    and puts back; the window takes a daily backup and needs the 20,000-segment document
    imported), so the cached library keeps exactly its 1,000 documents for the next run."""
    os.makedirs(folder, exist_ok=True)
    copy = os.path.join(folder, "scratch.sqlite")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(copy + suffix):
            os.remove(copy + suffix)
    shutil.rmtree(copy[:-len(".sqlite")] + ".backups", ignore_errors=True)
    subprocess.run(["cp", "--reflink=auto", "--sparse=always", library, copy], check=True)
    return copy


def import_document(bitext, library, document_file, env):
    """Imports the 20,000-segment document into the copy of the library, as the window
    benchmark needs (it opens it as `bitext FILE` opens a file already imported), and
    returns the path to give it. The file is copied under a name of its own first: the
    corpus's first file has the same name and title, and the import would take it for a
    new version of that document and keep the old one."""
    named = os.path.join(os.path.dirname(library), "document-" + os.path.basename(document_file))
    shutil.copyfile(document_file, named)
    subprocess.run([bitext, "--library", library, "import", named], env=env, check=True, stdout=subprocess.DEVNULL)
    return named
