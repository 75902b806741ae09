"""Corpora and libraries for the suite, generated once and cached.

Cache: ${BITEXT_BENCH_DIR:-~/.cache/bitext-bench}
  corpora/<form>-<segments>x<documents>-<generator hash>/   generate.py's output
  libraries/<corpus>-<bitext binary hash>/library.sqlite      `bitext import` of it

A corpus is keyed by the generator's arguments and source, so an edit to
generate.py makes new files. A library is keyed by its corpus and by the bitext
binary: a new build (perhaps a new schema, a new index) imports again, and that
import is the one measured. BITEXT_BENCH_CORPORA may name a folder of corpora
generated already (e.g. /tmp/bench-corpus holding turns-200k, turns-1m,
turns-20k); a folder there with the expected number of files is used read-only.
"""

import glob
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "generate.py")


def cache_dir():
    return os.environ.get("BITEXT_BENCH_DIR") or os.path.join(os.path.expanduser("~"), ".cache", "bitext-bench")


def file_hash(path, length=12):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()[:length]


def short_count(n):
    """200000 -> 200k, 1000000 -> 1m: the names of the corpora's folders."""
    return "%dm" % (n // 1000000) if n % 1000000 == 0 else "%dk" % (n // 1000) if n % 1000 == 0 else str(n)


def count_label(n):
    """200000 -> 200k, 1000000 -> 1M: for the table."""
    return short_count(n).replace("m", "M")


class Corpus:
    """A folder of generated transcripts: its files, segment count and total bytes."""

    def __init__(self, folder, form, segments, documents):
        self.folder = folder
        self.form = form
        self.segments = segments
        self.documents = documents
        self.name = "%s-%s" % (form, short_count(segments))
        self.files = sorted(glob.glob(os.path.join(folder, "*.txt")) + glob.glob(os.path.join(folder, "*.srt")))
        self.bytes = sum(os.path.getsize(p) for p in self.files)
        if len(self.files) != documents:
            raise RuntimeError("%s holds %d files, expected %d" % (folder, len(self.files), documents))

    @property
    def megabytes(self):
        return self.bytes / 1e6


def pregenerated(form, segments, documents):
    """A folder of BITEXT_BENCH_CORPORA with this corpus, or None."""
    root = os.environ.get("BITEXT_BENCH_CORPORA")
    if not root:
        return None
    folder = os.path.join(root, "%s-%s" % (form, short_count(segments)))
    if len(glob.glob(os.path.join(folder, "*.*"))) == documents:
        return folder
    return None


def corpus(form, segments, documents, log=print):
    """The corpus with these arguments, generated on first use."""
    folder = pregenerated(form, segments, documents)
    if folder:
        return Corpus(folder, form, segments, documents)
    key = "%s-%dx%d-%s" % (form, segments, documents, file_hash(GENERATOR, 8))
    folder = os.path.join(cache_dir(), "corpora", key)
    done = os.path.join(folder, ".done")
    if not os.path.exists(done):
        shutil.rmtree(folder, ignore_errors=True)
        log("generating %s (%d segments in %d files) ..." % (key, segments, documents))
        subprocess.run([sys.executable, GENERATOR, "--form", form, "--segments", str(segments),
                        "--documents", str(documents), "--out", folder], check=True, stdout=subprocess.DEVNULL)
        with open(done, "w") as f:
            f.write(time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))
    return Corpus(folder, form, segments, documents)


def library_slot(corp, bitext):
    """(folder, library path, metadata path) of the cached library of corp made by this binary."""
    key = "%s-%s-%s" % (os.path.basename(corp.folder.rstrip("/")), corp.documents, file_hash(bitext))
    folder = os.path.join(cache_dir(), "libraries", key)
    return folder, os.path.join(folder, "library.sqlite"), os.path.join(folder, "import.json")


def cached_library(corp, bitext):
    """(library path, metadata of the import that made it) or (path, None) when none is cached."""
    folder, library, meta = library_slot(corp, bitext)
    if os.path.exists(meta) and os.path.exists(library):
        with open(meta) as f:
            return library, json.load(f)
    # Libraries of older builds are hundreds of megabytes each: keep one per corpus.
    prefix = os.path.basename(folder).rsplit("-", 1)[0] + "-"
    for old in glob.glob(os.path.join(os.path.dirname(folder), prefix + "*")):
        shutil.rmtree(old, ignore_errors=True)
    os.makedirs(folder)
    return library, None


def remember_import(corp, bitext, figures):
    _, _, meta = library_slot(corp, bitext)
    with open(meta + ".part", "w") as f:
        json.dump(figures, f, indent=1)
    os.replace(meta + ".part", meta)


def files_size(path):
    """Bytes of an SQLite file and its -wal (the -shm is an index of the WAL, not data)."""
    return sum(os.path.getsize(p) for p in (path, path + "-wal") if os.path.exists(p))
