"""Import throughput and library size: `bitext import` against the raw SQLite baseline.

Both import the same folder into a fresh file, as whole processes, interleaved run
by run (the machine is shared: A and B in the same minute). Sizes are taken after a
WAL checkpoint, the -wal counted too, with the space per table from SQLite's dbstat.
"""

import os
import sqlite3

import baseline
import corpus
import timing
from table import mb, ms

IMPORT_TARGET_MBPS = 10.0
IMPORT_TARGET_RATIO = 2.0
SIZE_TARGET_RATIO = 1.3


def bitext_import(bitext, library, files):
    """`bitext import` of every file in one process (the CLI takes FILE...)."""
    return [bitext, "--library", library, "import"] + list(files)


def checkpointed_size(path):
    """Bytes of the library after a WAL checkpoint, and the largest tables (dbstat)."""
    tables = {}
    db = sqlite3.connect(path)
    try:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        try:
            for name, size in db.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC"):
                tables[name] = size
        except sqlite3.Error:
            pass  # an SQLite without dbstat: the total is still right
    finally:
        db.close()
    return corpus.files_size(path), tables


def remove_library(path):
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def measure_import(results, bitext, corp, workdir, runs, env, log):
    """Rows: import MB/s against the baseline, library size against the baseline's.

    Returns the path of the last Bitext library, kept for later measures.
    """
    timing.warm_files(corp.files)
    samples = {"bitext": [], "baseline": []}
    kept = None
    for i in range(runs):
        lib = os.path.join(workdir, "import-%d.sqlite" % i)
        base = os.path.join(workdir, "baseline-%d.sqlite" % i)
        remove_library(lib)
        remove_library(base)
        log("  import run %d/%d: bitext ..." % (i + 1, runs))
        samples["bitext"].append(timing.run_once(bitext_import(bitext, lib, corp.files), env=env))
        log("  import run %d/%d: baseline ..." % (i + 1, runs))
        samples["baseline"].append(timing.run_once(baseline.command(base, corp.folder)))
        if i + 1 < runs:
            remove_library(lib)
            remove_library(base)
        kept = (lib, base)
    b = timing.summarise(samples["bitext"])
    r = timing.summarise(samples["baseline"])
    b_mbps = corp.megabytes / (b["median_ms"] / 1e3)
    r_mbps = corp.megabytes / (r["median_ms"] / 1e3)
    ratio = b["median_ms"] / r["median_ms"]
    results.add(
        "import", "import %s segments (%s, %d files): MB/s" % (corpus.count_label(corp.segments),
                                                                mb(corp.megabytes), len(corp.files)),
        "%.1f MB/s (%.1f s)" % (b_mbps, b["median_ms"] / 1e3),
        "%.1f MB/s (%.1f s) raw SQLite" % (r_mbps, r["median_ms"] / 1e3),
        ratio, ">= %.0f MB/s, <= %.0fx baseline time" % (IMPORT_TARGET_MBPS, IMPORT_TARGET_RATIO),
        b_mbps >= IMPORT_TARGET_MBPS and ratio <= IMPORT_TARGET_RATIO,
        {"corpus_mb": corp.megabytes, "segments": corp.segments, "bitext": b, "baseline": r,
         "bitext_mb_s": b_mbps, "baseline_mb_s": r_mbps})

    lib_size, lib_tables = checkpointed_size(kept[0])
    base_size, base_tables = checkpointed_size(kept[1])
    size_ratio = lib_size / base_size
    results.add(
        "library_size", "library size, %s segments (after checkpoint, -wal counted)" % corpus.count_label(
            corp.segments),
        mb(lib_size / 1e6), mb(base_size / 1e6) + " raw SQLite", size_ratio,
        "<= %.1fx baseline" % SIZE_TARGET_RATIO, size_ratio <= SIZE_TARGET_RATIO,
        {"bitext_bytes": lib_size, "baseline_bytes": base_size, "bitext_tables": lib_tables,
         "baseline_tables": base_tables})
    top = ", ".join("%s %s" % (name, mb(size / 1e6)) for name, size in list(lib_tables.items())[:5])
    results.note("Largest tables of the Bitext library: %s." % top)
    remove_library(kept[1])
    return kept[0]


def big_library(results, bitext, corp, env, log):
    """The library of the big corpus (1M segments): imported once per build, its import timed."""
    library, meta = corpus.cached_library(corp, bitext)
    if meta is None:
        log("  importing %d files (%s) into %s; this takes minutes ..." % (len(corp.files), mb(corp.megabytes),
                                                                          library))
        timing.warm_files(corp.files)
        sample = timing.run_once(bitext_import(bitext, library, corp.files), env=env)
        size, tables = checkpointed_size(library)
        meta = {"wall_ms": sample["wall_ms"], "cpu_ms": sample["cpu_ms"], "rss_mb": sample["rss_mb"],
                "bytes": size, "tables": tables, "cached": False}
        corpus.remember_import(corp, bitext, meta)
    else:
        log("  using %s (imported by this build before)" % library)
        meta = dict(meta, cached=True)
    mbps = corp.megabytes / (meta["wall_ms"] / 1e3)
    results.add(
        "import_big", "import %s segments (%s, %d files), one run%s" % (
            corpus.count_label(corp.segments), mb(corp.megabytes), len(corp.files),
            ", cached from an earlier run of this build" if meta["cached"] else ""),
        "%.1f MB/s (%.1f s, peak RSS %s)" % (mbps, meta["wall_ms"] / 1e3, mb(meta["rss_mb"])),
        "", None, ">= %.0f MB/s" % IMPORT_TARGET_MBPS, mbps >= IMPORT_TARGET_MBPS,
        dict(meta, mb_s=mbps, corpus_mb=corp.megabytes))
    results.add("library_size_big", "library size, %s segments" % corpus.count_label(corp.segments),
                mb(meta["bytes"] / 1e6), "%s of text" % mb(corp.megabytes), meta["bytes"] / corp.bytes, "", None,
                {"bytes": meta["bytes"], "text_bytes": corp.bytes})
    return library

