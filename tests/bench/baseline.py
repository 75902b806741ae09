#!/usr/bin/env python3
"""The raw SQLite baseline that Bitext's import time and library size are compared with.

What a user could write in an afternoon instead of using Bitext (ISSUE16.md): the
001-form files parsed by a regular expression and inserted with Python's sqlite3
in one transaction, journal WAL, into

  documents(id, title)
  segments(id INTEGER PRIMARY KEY, document_id, ordinal, speaker, zh, en)
  segments_fts: a contentless FTS5 table (content='') over zh and en, unicode61,
                the Chinese pre-split one Han character a token

so it finds what Bitext finds (any Chinese word as a phrase of characters, any
English word) and stores the text once. Its time is the whole process, interpreter
start-up included, as Bitext's is.

  baseline.py --library FILE FOLDER        (imports FOLDER/*.txt; FILE must not exist)
"""

import argparse
import glob
import os
import re
import sqlite3
import sys

TURN = re.compile(r"^\*\*(.+?):\*\*\s*(.*)$")
# Runs of Han characters, each spaced out by split_han (a run at a time is 5x faster in
# Python than a substitution per character).
HAN_RUN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]+")


def split_han(text):
    """One token a Han character: 对齐模型 -> " 对 齐 模 型 "; Latin words untouched."""
    return HAN_RUN.sub(lambda m: " " + " ".join(m.group()) + " ", text)

SCHEMA = """
PRAGMA journal_mode=WAL;
CREATE TABLE documents(id INTEGER PRIMARY KEY, title TEXT NOT NULL);
CREATE TABLE segments(id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id),
                      ordinal INTEGER NOT NULL, speaker TEXT, zh TEXT, en TEXT);
CREATE VIRTUAL TABLE segments_fts USING fts5(zh, en, content='', tokenize='unicode61');
"""


def turns(text):
    """(speaker, zh, en) for each pair of turns: a Chinese line, then its English line."""
    pending = None
    for line in text.splitlines():
        m = TURN.match(line)
        if not m:
            continue
        if pending is None:
            pending = (m.group(1), m.group(2))
        else:
            yield pending[0], pending[1], m.group(2)
            pending = None
    if pending is not None:
        yield pending[0], pending[1], ""


def import_folder(library, folder):
    files = sorted(glob.glob(os.path.join(folder, "*.txt")))
    db = sqlite3.connect(library, isolation_level=None)
    db.executescript(SCHEMA)
    db.execute("BEGIN")
    segment_id = 0
    for doc_id, path in enumerate(files, 1):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        db.execute("INSERT INTO documents(id, title) VALUES (?, ?)", (doc_id, os.path.basename(path)))
        rows = []
        fts = []
        for ordinal, (speaker, zh, en) in enumerate(turns(text)):
            segment_id += 1
            rows.append((segment_id, doc_id, ordinal, speaker, zh, en))
            fts.append((segment_id, split_han(zh), en))
        db.executemany("INSERT INTO segments VALUES (?, ?, ?, ?, ?, ?)", rows)
        db.executemany("INSERT INTO segments_fts(rowid, zh, en) VALUES (?, ?, ?)", fts)
    db.execute("COMMIT")
    db.close()
    return len(files), segment_id


def command(library, folder):
    """The argv that runs this baseline as its own process."""
    return [sys.executable, os.path.abspath(__file__), "--library", library, folder]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", required=True)
    parser.add_argument("folder")
    args = parser.parse_args()
    if os.path.exists(args.library):
        sys.exit("baseline: %s exists already" % args.library)
    files, segments = import_folder(args.library, args.folder)
    print("%d files, %d segments" % (files, segments))


if __name__ == "__main__":
    main()
