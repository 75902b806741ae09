"""The team library: `bitext import` and `bitext search` against a private local
PostgreSQL (postgres.py), beside the same import into a file and ripgrep over the
same text. The server runs on this machine, so the figures leave out the network."""

import shutil

import corpus
import imports
import postgres
import queries
import timing
from table import mb


def measure(results, bitext, corp, file_library, runs, env, log):
    for program in ("psql", "runuser"):
        if not shutil.which(program):
            raise RuntimeError("%s not found; run packaging/install-deps.sh --tests" % program)
    with postgres.Server() as server:
        log("  %s on port %d" % (server.version(), server.port))
        results.machine["postgresql"] = server.version()
        timing.warm_files(corp.files)
        log("  import into the server ...")
        sample = timing.run_once(imports.bitext_import(bitext, server.url, corp.files), env=env)
        seconds = sample["wall_ms"] / 1e3
        mbps = corp.megabytes / seconds
        file_row = next((r for r in results.rows if r["key"] == "import"), None)
        file_ms = file_row["figures"]["bitext"]["median_ms"] if file_row else None
        results.add(
            "team_import", "team library: import %s segments (%s), one run" % (corpus.count_label(corp.segments),
                                                                           mb(corp.megabytes)),
            "%.1f MB/s (%.1f s)" % (mbps, seconds),
            "%.1f s into a file" % (file_ms / 1e3) if file_ms else "", sample["wall_ms"] / file_ms if file_ms else None,
            "", None, {"sample": sample, "mb_s": mbps, "file_median_ms": file_ms})
        size = server.database_bytes()
        file_size = corpus.files_size(file_library) if file_library else None
        results.add("team_size", "team library: database size (pg_database_size)", mb(size / 1e6),
                    "%s as a file" % mb(file_size / 1e6) if file_size else "", size / file_size if file_size else None,
                    "", None, {"bytes": size, "file_bytes": file_size})
        queries.measure_search(results, bitext, server.url, corp.folder, runs, env, log, prefix="team_search",
                               label="team library `search`, %s segments" % corpus.count_label(corp.segments), target_ms=None)
    if file_library:
        imports.remove_library(file_library)
