"""`bitext list`, `show` and `search` as whole processes, each beside what a user of
plain files would run instead, in the same run and interleaved:

  list    `ls -l` of the folder of transcripts (names, sizes, dates of every file;
          `bitext list` prints every document's title, segment count and date)
  show    `cat` of the transcript file (the whole document on the terminal;
          `bitext show` prints its metadata and every segment), and `show --json`
  search  `rg -F -i --count-matches QUERY FOLDER` (fixed string, any case, every
          file: the fastest way to search plain text; `bitext search` prints the
          first 200 results with snippets, as the window asks for them)
"""

import os
import statistics

import timing
from table import ms

LIST_TARGET_MS = 100.0
SHOW_TARGET_MS = 100.0
SEARCH_TARGET_MS = 50.0

# 1-, 2- and 4-character Chinese words, a Traditional one (found folded to Simplified),
# English words and a phrase: the query set of bench_search, smaller.
QUERIES = [
    ("猫", "1 Chinese character"),
    ("水", "1 Chinese character"),
    ("对齐", "2 Chinese characters"),
    ("模型", "2 Chinese characters"),
    ("人工智能", "4 Chinese characters"),
    ("奖励模型", "4 Chinese characters"),
    ("對齊", "Traditional"),
    ("alignment", "English word"),
    ("interpretability", "English word"),
    ('"reward model"', "English phrase"),
]


def span(summary):
    return "%s (%s-%s)" % (ms(summary["median_ms"]), ms(summary["min_ms"]), ms(summary["max_ms"]))


def _pair_row(results, key, measure, timed, target_ms, alternative, must_beat=False):
    b, a = timed["bitext"], timed["alternative"]
    ratio = b["median_ms"] / a["median_ms"]
    met = b["median_ms"] < target_ms and (not must_beat or ratio < 1)
    target = "< %.0f ms%s" % (target_ms, ", faster than %s" % alternative if must_beat else "")
    results.add(key, measure, span(b), "%s %s" % (span(a), alternative), ratio, target, met,
                {"bitext": b, "alternative": a, "alternative_command": alternative})


def measure_list_show(results, bitext, library, corp, runs, env, log):
    """list (every document) and show of one 1,000-segment document, text and JSON."""
    documents = len(corp.files)
    log("  list ...")
    timed = timing.compare({"bitext": [bitext, "--library", library, "list"],
                            "alternative": ["ls", "-l", corp.folder]}, runs, env=env)
    _pair_row(results, "list", "`list` of {:,} documents".format(documents), timed, LIST_TARGET_MS, "ls -l")
    middle = corp.files[len(corp.files) // 2]
    doc = os.path.splitext(os.path.basename(middle))[0]
    per_doc = corp.segments // documents
    for key, extra in (("show", []), ("show_json", ["--json"])):
        log("  show %s %s ..." % (doc, " ".join(extra)))
        timed = timing.compare({"bitext": [bitext, "--library", library, "show", doc] + extra,
                                "alternative": ["cat", middle]}, runs, env=env)
        _pair_row(results, key, "`show%s` of a %s-segment document" % (" --json" if extra else "", "{:,}".format(per_doc)),
                  timed, SHOW_TARGET_MS, "cat")


def measure_search(results, bitext, library, folder, runs, env, log, prefix="search", label="`search`",
                   target_ms=SEARCH_TARGET_MS):
    """Every query of QUERIES, Bitext and ripgrep interleaved; a row per query and the median.

    target_ms None: no target (the team library's figures are for information)."""
    per_query = {}
    all_bitext, all_rg = [], []
    for query, kind in QUERIES:
        log("  %s %s ..." % (prefix, query))
        bitext_cmd = [bitext, "--library", library, "search", query]
        rg_cmd = ["rg", "-F", "-i", "--count-matches", query.strip('"'), folder]
        results_count = timing.run_once(bitext_cmd, env=env, keep_output=True)["output"].count(b"\n")
        rg_out = timing.run_once(rg_cmd, ok=(0, 1), keep_output=True)["output"]
        matches = sum(int(line.rsplit(b":", 1)[1]) for line in rg_out.splitlines() if b":" in line)
        samples = {"bitext": [], "alternative": []}
        for _ in range(runs):
            samples["bitext"].append(timing.run_once(bitext_cmd, env=env))
            samples["alternative"].append(timing.run_once(rg_cmd, ok=(0, 1)))
        timed = {k: timing.summarise(v) for k, v in samples.items()}
        all_bitext += samples["bitext"]
        all_rg += samples["alternative"]
        per_query[query] = dict(timed, kind=kind, bitext_lines=results_count, rg_matches=matches)
        b, a = timed["bitext"], timed["alternative"]
        results.add("%s_%d" % (prefix, len(per_query)), "  `%s` (%s)" % (query, kind),
                    ms(b["median_ms"]), ms(a["median_ms"]) + " rg", b["median_ms"] / a["median_ms"], "", None,
                    per_query[query])
    b, a = timing.summarise(all_bitext), timing.summarise(all_rg)
    ratio = b["median_ms"] / a["median_ms"]
    results.add(prefix, "%s, median of %d queries x %d runs" % (label, len(QUERIES), runs),
                span(b), span(a) + " rg -F -i --count-matches", ratio,
                "< %.0f ms, faster than rg" % target_ms if target_ms else "",
                b["median_ms"] < target_ms and ratio < 1 if target_ms else None,
                {"bitext": b, "alternative": a, "median_of_query_medians_ms": statistics.median(
                    q["bitext"]["median_ms"] for q in per_query.values()), "queries": per_query})
    # Keep the summary row above its per-query rows.
    rows = results.rows
    rows.insert(len(rows) - len(QUERIES) - 1, rows.pop())
